import { bearer, createTestApp, type DemoLogin, seedDemoAndLogin, type TestApp } from '../src/test-support/test-app';

describe('input handling and HTTP conventions', () => {
  let t: TestApp;
  let tokens: Record<DemoLogin, string>;
  const members = '/api/v1/sites/an-hao-dong/members';
  beforeAll(async () => {
    t = await createTestApp({ BODY_LIMIT: '16384' });
    tokens = await seedDemoAndLogin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('should answer malformed JSON with 400 INVALID_JSON and no stack trace', async () => {
    const res = await t.http().post('/api/v1/auth/login').set('Content-Type', 'application/json').send('{"email": "a@b.c",');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ statusCode: 400, code: 'INVALID_JSON', message: 'Nội dung gửi lên không phải JSON hợp lệ.' });
    expect(res.text).not.toMatch(/at \w+ \(|node_modules/);
  });

  it('should answer a body over the limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'a@b.vn', password: 'x'.repeat(20000) });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('should answer an unknown API route with a JSON 404 ROUTE_NOT_FOUND', async () => {
    const res = await t.http().get('/api/v1/khong-co');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body.code).toBe('ROUTE_NOT_FOUND');
  });

  it('should refuse unknown fields instead of assigning them (no mass assignment)', async () => {
    const res = await t
      .http()
      .post(members)
      .set(bearer(tokens.chief))
      .send({ email: 'x@demo.local', fullName: 'Người Mới', role: 'contributor', isPlatformAdmin: true });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([{ field: 'isPlatformAdmin', rule: 'whitelistValidation', message: 'Trường này không được phép gửi.' }]);
  });

  it('should name every bad field, in English when asked', async () => {
    const res = await t.http().post(members).set(bearer(tokens.chief)).set('Accept-Language', 'en').send({ email: 'not-an-email', fullName: '', role: 'king' });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('The request data is invalid.');
    const fields = (res.body.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(expect.arrayContaining(['email', 'fullName', 'role']));
  });

  it('should refuse control characters other than tab and newline', async () => {
    const res = await t.http().post(members).set(bearer(tokens.chief)).send({ email: 'ctl@demo.local', fullName: 'Tên\u0007Lạ', role: 'contributor' });
    expect(res.status).toBe(400);
    expect(res.body.details).toContainEqual(expect.objectContaining({ field: 'fullName', rule: 'noControlChars' }));
  });

  it('should store text as NFC whatever form it was sent in', async () => {
    const decomposed = 'Nguyễn Thị Hòa'.normalize('NFD');
    const res = await t.http().post(members).set(bearer(tokens.chief)).send({ email: 'nfc@demo.local', fullName: decomposed, role: 'contributor' });
    expect(res.status).toBe(201);
    expect(res.body.fullName).toBe('Nguyễn Thị Hòa'.normalize('NFC'));
    const [row] = await t.ds.query(`SELECT full_name FROM users WHERE email = 'nfc@demo.local'`);
    expect(row.full_name).toBe('Nguyễn Thị Hòa'.normalize('NFC'));
    expect(row.full_name).not.toBe(decomposed);
  });

  it('should answer a malformed id with a field error, not a database error', async () => {
    const res = await t.http().get(`${members}/123`).set(bearer(tokens.chief));
    expect(res.status).toBe(400);
    expect(res.body.details[0]).toMatchObject({ field: 'id', rule: 'isUuid' });
  });

  it('should send security headers and no X-Powered-By', async () => {
    const res = await t.http().get('/api/v1/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up' });
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('should ignore X-Forwarded-For unless TRUST_PROXY says so', async () => {
    await t.http().post('/api/v1/auth/login').set('X-Forwarded-For', '203.0.113.9').send({ email: 'chief@demo.local', password: 'wrong-password-1' });
    const [row] = await t.ds.query(`SELECT client_address FROM audit_log WHERE action = 'auth.login_failed' ORDER BY created_at DESC LIMIT 1`);
    expect(row.client_address).not.toBe('203.0.113.9');
    expect(row.client_address).toMatch(/127\.0\.0\.1|::1/);
  });

  it('should list with the {items, total, page, pageSize} shape and refuse page sizes over 100', async () => {
    const ok = await t.http().get(`${members}?page=1&pageSize=3`).set(bearer(tokens.chief));
    expect(ok.body).toMatchObject({ page: 1, pageSize: 3, total: expect.any(Number) });
    expect(ok.body.items).toHaveLength(3);
    expect(ok.body.items[0].createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
    const bad = await t.http().get(`${members}?pageSize=1000`).set(bearer(tokens.chief));
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('pageSize');
  });
});
