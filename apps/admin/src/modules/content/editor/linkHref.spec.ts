import { describe, expect, it } from 'vitest';
import { linkFromInput, safeHref } from './linkHref';

describe('safeHref', () => {
  it('should accept http(s), mailto, site paths and fragments, written as the server writes them', () => {
    expect(safeHref('https://xa.gov.vn')).toBe('https://xa.gov.vn/');
    expect(safeHref('http://xa.gov.vn/a?b=1#c')).toBe('http://xa.gov.vn/a?b=1#c');
    expect(safeHref('mailto:ubnd@xa.gov.vn')).toBe('mailto:ubnd@xa.gov.vn');
    expect(safeHref('/gioi-thieu')).toBe('/gioi-thieu');
    expect(safeHref('#muc-2')).toBe('#muc-2');
  });

  it('should refuse script schemes, protocol-relative and bare relative addresses', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' java\nscript:alert(1)',
      'data:text/html,x',
      '//evil.example',
      '/\\evil',
      'tin-tuc',
      'ftp://x.vn',
      'https://x/?next=javascript:1',
      '',
    ]) {
      expect(safeHref(bad), bad).toBeNull();
    }
  });
});

describe('linkFromInput', () => {
  it('should complete what people type: a domain gets https://, an e-mail address mailto:', () => {
    expect(linkFromInput('www.xa.gov.vn')).toBe('https://www.xa.gov.vn/');
    expect(linkFromInput('xa.gov.vn/tin-tuc')).toBe('https://xa.gov.vn/tin-tuc');
    expect(linkFromInput('ubnd@xa.gov.vn')).toBe('mailto:ubnd@xa.gov.vn');
    expect(linkFromInput('  /lien-he ')).toBe('/lien-he');
    expect(linkFromInput('javascript:alert(1)')).toBeNull();
    expect(linkFromInput('xin chào')).toBeNull();
  });
});
