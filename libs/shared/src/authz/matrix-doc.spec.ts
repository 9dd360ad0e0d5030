import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPermissionMatrix } from './matrix-doc';

describe('docs/authorization.md', () => {
  it('should carry the role × permission table generated from the matrix (run npm run docs:authz)', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', '..', 'docs', 'authorization.md'), 'utf8');
    expect(doc).toContain(renderPermissionMatrix());
  });
});
