import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_ALLOWED_TAGS, sanitizeArticleHtml } from './sanitize-html';

/**
 * The admin's rich-text editor (TipTap) writes its HTML in the sanitiser's own form. Its spec
 * (apps/admin/src/modules/content/editor/editorOutput.spec.ts) loads a document using every node and
 * mark and writes the editor's output to this fixture; whatever the editor can produce must come out of
 * the sanitiser unchanged, or the saved article would differ from what the person saw.
 */
const FIXTURE = join(__dirname, '../../../../../admin/src/modules/content/editor/__fixtures__/editor-output.html');

describe('sanitizeArticleHtml on the editor output', () => {
  const html = readFileSync(FIXTURE, 'utf8').replace(/\n$/, '');

  it('should keep every node and mark the admin editor writes, unchanged', () => {
    expect(html).toContain('<figure><img src="/api/v1/public/media/');
    expect(html).toContain('<table>');
    expect(sanitizeArticleHtml(html)).toBe(html);
  });

  it('should cover every element the sanitiser allows (b, i are written as strong, em; header rows stay in tbody)', () => {
    const used = new Set([...html.matchAll(/<([a-z0-9]+)[\s>/]/g)].map((m) => m[1]));
    expect(ARTICLE_ALLOWED_TAGS.filter((tag) => !used.has(tag))).toEqual(['b', 'i', 'thead']);
  });
});
