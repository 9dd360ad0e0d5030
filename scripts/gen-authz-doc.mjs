// Rewrites the generated role × permission table in docs/authorization.md from libs/shared/src/authz.
// Run `npm run docs:authz` after changing the matrix; a test fails while the file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { renderPermissionMatrix, MATRIX_BEGIN, MATRIX_END } = require('../libs/shared/dist/authz/index.js');

const file = new URL('../docs/authorization.md', import.meta.url);
const text = readFileSync(file, 'utf8');
const start = text.indexOf(MATRIX_BEGIN);
const end = text.indexOf(MATRIX_END);
if (start < 0 || end < 0) throw new Error('docs/authorization.md lacks the authz-matrix markers');
writeFileSync(file, text.slice(0, start) + renderPermissionMatrix() + text.slice(end + MATRIX_END.length));
console.log('docs/authorization.md updated');
