import { pickEncoding } from './portal-pages';

describe('pickEncoding', () => {
  const both = { br: Buffer.from('b'), gzip: Buffer.from('g') };

  it.each([
    ['gzip, deflate, br', both, 'br'],
    ['br;q=1.0, gzip;q=0.8', both, 'br'],
    ['gzip, deflate', both, 'gzip'],
    ['gzip;q=1, br;q=0', both, 'gzip'],
    ['*', both, 'gzip'],
    ['identity', both, null],
    ['', both, null],
    [undefined, both, null],
    ['GZIP', both, 'gzip'],
    ['br, gzip', {}, null],
  ] as const)('should pick for "%s" → %s', (accept, page, expected) => {
    expect(pickEncoding(accept, page)).toBe(expected);
  });
});
