import { encodeTcvn3, encodeViqr, encodeVni } from '@congxa/shared/text';
import { bearer, createTestApp, type DemoLogin, seedDemoAndLogin, type TestApp } from '../src/test-support/test-app';

const CONVERT = '/api/v1/text/convert';
const LINE = 'Ủy ban nhân dân xã Ân Hảo Đông thông báo lịch tiếp công dân tháng Mười hai.';

describe('POST /api/v1/text/convert', () => {
  let t: TestApp;
  let tokens: Record<DemoLogin, string>;
  beforeAll(async () => {
    t = await createTestApp();
    tokens = await seedDemoAndLogin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const convert = (body: object, who: DemoLogin = 'contributor2') => t.http().post(CONVERT).set(bearer(tokens[who])).send(body);

  it('should answer 401 when nobody is signed in', async () => {
    const res = await t
      .http()
      .post(CONVERT)
      .send({ text: encodeTcvn3(LINE) });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
  });

  it('should detect and convert TCVN3 for any signed-in user when from is left out', async () => {
    const res = await convert({ text: encodeTcvn3(LINE) });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ text: LINE, detected: 'tcvn3', confidence: expect.any(Number) });
    expect(res.body.confidence).toBeGreaterThan(0.8);
    // A platform administrator with no site is a signed-in user too.
    expect((await convert({ text: encodeVni(LINE), from: 'auto' }, 'admin')).body).toMatchObject({ text: LINE, detected: 'vni' });
  });

  it('should echo the encoding with confidence 1 when from is given', async () => {
    expect((await convert({ text: 'Tieáng Vieät', from: 'vni' })).body).toEqual({ text: 'Tiếng Việt', detected: 'vni', confidence: 1 });
    expect((await convert({ text: 'TiÕng ViÖt', from: 'tcvn3' })).body).toEqual({ text: 'Tiếng Việt', detected: 'tcvn3', confidence: 1 });
    expect((await convert({ text: encodeViqr(LINE), from: 'viqr' })).body).toEqual({ text: LINE, detected: 'viqr', confidence: 1 });
  });

  it('should leave VIQR alone unless it is asked for', async () => {
    const viqr = encodeViqr(LINE);
    const res = await convert({ text: viqr });
    expect(res.status).toBe(200);
    expect(res.body.text).toBe(viqr);
    expect(res.body.detected).toBe('viqr');
  });

  it('should draw capitals from an H font named in fonts', async () => {
    const res = await convert({ text: encodeTcvn3('cộng hòa xã hội chủ nghĩa việt nam'), fonts: ['.VnTimeH'] });
    expect(res.body).toEqual({ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', detected: 'tcvn3', confidence: 1 });
  });

  it('should return Unicode and English text unchanged', async () => {
    expect((await convert({ text: LINE })).body).toEqual({ text: LINE, detected: 'unicode', confidence: 1 });
    const english = '“Café” — naïve résumé, Zürich… © 2025';
    expect((await convert({ text: english })).body.text).toBe(english);
  });

  it('should read C1 control characters as the cp1252 bytes they stand for', async () => {
    // “Hà Nội” in TCVN3 after a Latin-1 decoder: the quotes arrive as U+0093 and U+0094.
    const res = await convert({ text: '\u0093Hµ Néi\u0094 \u0096 ViÖt Nam', from: 'tcvn3' });
    expect(res.status).toBe(200);
    expect(res.body.text).toBe('“Hà Nội” – Việt Nam');
    // A byte cp1252 does not define is still a control character.
    const bad = await convert({ text: 'Hµ\u0081Néi' });
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'text', rule: 'noControlChars' })]);
  });

  it('should answer 400 naming the field when from is not a known encoding', async () => {
    const res = await convert({ text: 'abc', from: 'utf-7' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'from', rule: 'isIn' })]);
    const missing = await convert({ from: 'vni' });
    expect(missing.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'text' })]));
    const fonts = await convert({ text: 'abc', fonts: '.VnTime' });
    expect(fonts.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'fonts', rule: 'isArray' })]));
  });

  it('should convert exactly 1 MB of text and answer 413 for one byte more', async () => {
    const mb = 1024 * 1024;
    const full = await convert({ text: 'a'.repeat(mb) });
    expect(full.status).toBe(200);
    expect(full.body.text).toHaveLength(mb);

    const over = await convert({ text: 'a'.repeat(mb + 1) });
    expect(over.status).toBe(413);
    expect(over.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: { field: 'text', maxBytes: mb } });
    // Bytes of UTF-8 count, not characters: 524,289 × "ơ" is 1,048,578 bytes.
    expect((await convert({ text: 'ơ'.repeat(mb / 2 + 1) })).status).toBe(413);
  });

  it('should answer 413 when the request body itself is far too large', async () => {
    const res = await convert({ text: 'a'.repeat(5 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
