// Fails the build when the public portal's JavaScript grows past its budget (60 KB gzipped, all chunks).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 60 * 1024;
const dir = new URL('../dist/assets/', import.meta.url).pathname;
const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
let total = 0;
for (const file of files) total += gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
if (total > BUDGET) {
  console.error(`public JS is ${kb(total)} gzipped, over the ${kb(BUDGET)} budget`);
  process.exit(1);
}
console.log(`public JS: ${kb(total)} gzipped (${files.length} file(s), budget ${kb(BUDGET)})`);
