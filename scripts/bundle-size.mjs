// Prints the JavaScript a first visit downloads (the entry and its static imports, gzipped) and the
// largest lazy chunks, for an app built into <app>/dist: `node scripts/bundle-size.mjs apps/admin`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(process.argv[2] ?? 'apps/admin', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entry = /<script type="module"[^>]*src="[^"]*\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
if (!entry) throw new Error(`no module script in ${dist}/index.html`);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (file) => gzipSync(readFileSync(join(dist, file))).length;

// Static imports only (`import … from "./x.js"` / `import "./x.js"`), not `import("./x.js")`.
const initial = new Set();
const queue = [entry];
while (queue.length) {
  const file = queue.pop();
  if (initial.has(file)) continue;
  initial.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const m of code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[\w${},\s*]+from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(`assets/${m[1]}`);
}
const initialGz = [...initial].reduce((sum, f) => sum + gz(f), 0);
console.log(`initial JavaScript (${initial.size} files): ${kb(initialGz)} gzipped`);
for (const f of [...initial].sort((a, b) => gz(b) - gz(a)).slice(0, 5)) console.log(`  ${f}  ${kb(gz(f))}`);
const lazy = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js') && !initial.has(`assets/${f}`))
  .map((f) => [f, gz(`assets/${f}`)])
  .sort((a, b) => b[1] - a[1]);
console.log(`loaded on demand: ${lazy.length} chunks, ${kb(lazy.reduce((s, [, n]) => s + n, 0))} gzipped; the largest:`);
for (const [f, n] of lazy.slice(0, 5)) console.log(`  assets/${f}  ${kb(n)}`);
