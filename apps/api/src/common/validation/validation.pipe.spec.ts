import { cleanStrings } from './validation.pipe';

describe('cleanStrings', () => {
  it('should normalise nested strings to NFC and report control characters by path', () => {
    const bad: string[] = [];
    const out = cleanStrings({ a: 'Hòa'.normalize('NFD'), list: ['ok', 'x\u0000y'], nested: { b: 'line\r\nnext' } }, '', bad);
    expect(out).toEqual({ a: 'Hòa'.normalize('NFC'), list: ['ok', 'x\u0000y'], nested: { b: 'line\nnext' } });
    expect(bad).toEqual(['list[1]']);
  });

  it('should drop prototype-polluting keys', () => {
    const out = cleanStrings(JSON.parse('{"__proto__": {"admin": true}, "x": 1}')) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['x']);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});
