import { describe, expect, it } from 'vitest';
import { normalizeLinkUrl } from './linkUrl';

describe('normalizeLinkUrl', () => {
  it('should keep the addresses the server keeps when a link is inserted', () => {
    expect(normalizeLinkUrl(' https://anhaodong.binhdinh.gov.vn/van-ban ')).toBe('https://anhaodong.binhdinh.gov.vn/van-ban');
    expect(normalizeLinkUrl('mailto:vanphong@xa.gov.vn')).toBe('mailto:vanphong@xa.gov.vn');
    expect(normalizeLinkUrl('/tin-tuc/hoi-nghi')).toBe('/tin-tuc/hoi-nghi');
    expect(normalizeLinkUrl('www.chinhphu.vn')).toBe('https://www.chinhphu.vn');
  });

  it('should refuse scripts, protocol-relative and empty addresses', () => {
    for (const bad of ['javascript:alert(1)', '//evil.example/x', '', 'data:text/html,x', 'tin-tuc/x']) expect(normalizeLinkUrl(bad)).toBeNull();
  });
});
