import { describe, expect, it } from 'vitest';
import { responsiveBody } from './api';

const ID = '0b7a3c62-5a51-4f0e-9f57-2b3f1f5c6a10';

describe('responsiveBody', () => {
  it('should give a media image every width, lazy loading and async decoding', () => {
    const html = `<p>Ảnh</p><img src="/api/v1/public/media/${ID}/w1280.jpg" alt="Cầu mới" width="1280" height="720">`;
    const out = responsiveBody(html);
    expect(out).toContain(`src="/api/v1/public/media/${ID}/w1280.jpg"`);
    expect(out).toContain(
      `srcset="/api/v1/public/media/${ID}/w320.jpg 320w, /api/v1/public/media/${ID}/w640.jpg 640w, /api/v1/public/media/${ID}/w1280.jpg 1280w"`,
    );
    expect(out).toContain('loading="lazy"');
    expect(out).toContain('alt="Cầu mới" width="1280" height="720"');
  });

  it('should leave other HTML as it is', () => {
    const html = '<p>Không có ảnh <a href="/tin-tuc/a">liên kết</a></p>';
    expect(responsiveBody(html)).toBe(html);
  });
});
