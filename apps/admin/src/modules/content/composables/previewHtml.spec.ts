import { describe, expect, it } from 'vitest';
import { previewHtml } from './previewHtml';

describe('previewHtml', () => {
  it('should keep the formatting a reader sees when the body is ordinary', () => {
    const html =
      '<h2>Tiêu đề</h2><p>Xã <strong>ra quân</strong> <a href="https://example.vn">xem</a></p><img src="/api/v1/public/media/x/w640.webp" alt="Đường mới">';
    const out = previewHtml(html);
    expect(out).toContain('<h2>Tiêu đề</h2>');
    expect(out).toContain('<strong>ra quân</strong>');
    expect(out).toContain('alt="Đường mới"');
    expect(out).toContain('rel="noopener noreferrer"');
  });

  it('should drop what could run when unsaved HTML carries it', () => {
    const out = previewHtml(
      '<p onclick="x()">a</p><script>alert(1)</script><img src="x" onerror="alert(1)"><a href=" javascript:alert(1)">b</a><iframe></iframe>',
    );
    expect(out).not.toMatch(/script|onerror|onclick|javascript|iframe/i);
    expect(out).toContain('<p>a</p>');
  });
});
