import { originOf } from './origin';

const site = { domains: ['anhaodong.gov.vn', 'www.anhaodong.gov.vn'] };

describe('originOf', () => {
  it('should build the origin from the protocol and host the client used', () => {
    expect(originOf({ host: 'anhaodong.gov.vn', protocol: 'https', authority: 'anhaodong.gov.vn' }, site)).toBe('https://anhaodong.gov.vn');
    expect(originOf({ host: 'localhost:3000', protocol: 'http', authority: 'localhost:3000' }, site)).toBe('http://localhost:3000');
    expect(originOf({ host: '[::1]:8080', protocol: 'http', authority: '[::1]:8080' }, site)).toBe('http://[::1]:8080');
  });

  it('should lower-case the host when the client sent capitals', () => {
    expect(originOf({ host: 'AnHaoDong.gov.vn', protocol: 'https', authority: 'AnHaoDong.gov.vn' }, site)).toBe('https://anhaodong.gov.vn');
  });

  it('should fall back to the site’s first domain when the host could break out of a URL', () => {
    for (const authority of ['', 'evil.example/<x>', 'a b', 'x"y', 'host:port', '-bad.example']) {
      expect(originOf({ host: authority, protocol: 'https', authority }, site)).toBe('https://anhaodong.gov.vn');
    }
    expect(originOf({ host: '', protocol: 'http', authority: '' }, { domains: [] })).toBe('http://localhost');
  });

  it('should use http for any protocol other than https', () => {
    expect(originOf({ host: 'a.vn', protocol: 'javascript', authority: 'a.vn' }, site)).toBe('http://a.vn');
  });
});
