import { DEMO_PASSWORD } from '../src/modules/demo/demo-content';
import { bearer, createTestApp, type DemoLogin, login, seedDemoAndLogin, type TestApp } from '../src/test-support/test-app';

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
  describe('hostile input answers 4xx, never 500 (issue 7)', () => {
    const site = '/api/v1/sites/an-hao-dong';
    const json = (method: 'post' | 'patch', path: string, raw: string, token?: string, contentType = 'application/json') => {
      const req = t.http()[method](path).set('Content-Type', contentType);
      if (token) void req.set(bearer(token));
      return req.send(raw);
    };
    const fieldsOf = (res: { body: { details?: { field: string; rule: string }[] } }) => (res.body.details ?? []).map((d) => `${d.field}:${d.rule}`);
    let article: { id: string; revision: number };
    let category: { id: string; revision: number };

    beforeAll(async () => {
      article = (await t.http().post(`${site}/articles`).set(bearer(tokens.chief)).send({ title: 'Tin thử dữ liệu xấu' }).expect(201)).body;
      category = (await t.http().post(`${site}/categories`).set(bearer(tokens.chief)).send({ name: 'Chuyên mục thử' }).expect(201)).body;
    });

    it('A: should refuse JSON nested thousands deep with 400 maxDepth on every JSON route, signed in or not', async () => {
      const arrays = '['.repeat(8000) + ']'.repeat(8000);
      const objects = '{"a":'.repeat(2000) + '1' + '}'.repeat(2000);
      for (const [path, token] of [
        ['/api/v1/auth/login', undefined],
        ['/api/v1/auth/password-reset', undefined],
        [`${site}/articles`, tokens.chief],
      ] as const) {
        for (const raw of [arrays, objects]) {
          const res = await json('post', path, raw, token);
          expect([path, res.status, res.body.code, fieldsOf(res)]).toEqual([path, 400, 'VALIDATION_FAILED', ['body:maxDepth']]);
        }
      }
      expect((await t.http().get('/api/v1/health')).status).toBe(200);
    });

    it('B: should refuse page numbers whose offset would not fit, on public and staff lists alike', async () => {
      for (const q of ['page=99999999999999999999', 'page=1e21', 'page=92233720368547758&pageSize=100', 'page=-1', 'page=abc']) {
        for (const path of ['/api/v1/public/articles', `${site}/articles`, `${site}/audit`, `${site}/media`, `${site}/members`, '/api/v1/me/notifications']) {
          const res = await t.http().get(`${path}?${q}`).set(bearer(tokens.chief));
          expect([path, q, res.status, res.body.code, [...new Set(fieldsOf(res).map((f) => f.split(':')[0]))]]).toEqual([
            path,
            q,
            400,
            'VALIDATION_FAILED',
            ['page'],
          ]);
        }
      }
      expect((await t.http().get('/api/v1/public/articles?page=100000&pageSize=100').set('Host', 'localhost')).status).toBe(200);
    });

    it('C: should require a title to create an article, and refuse a body with a byte-order mark or a non-UTF-8 charset', async () => {
      for (const body of [{}, { title: null }, { summary: 'Không có tiêu đề' }]) {
        const res = await t.http().post(`${site}/articles`).set(bearer(tokens.chief)).send(body);
        expect([res.status, fieldsOf(res)]).toEqual([400, expect.arrayContaining(['title:isString'])]);
      }
      const bom = await json('post', `${site}/articles`, '\uFEFF{"title":"Tin có BOM"}', tokens.chief);
      expect([bom.status, bom.body.code]).toEqual([400, 'INVALID_JSON']);
      const utf16 = await json('post', `${site}/articles`, '{"title":"Tin UTF-16"}', tokens.chief, 'application/json; charset=utf-16');
      expect([utf16.status, utf16.body.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
      const utf8 = await json('post', `${site}/articles`, '{"title":"Tin UTF-8"}', tokens.chief, 'application/json; charset=UTF-8');
      expect(utf8.status).toBe(201);
    });

    it('D: should refuse null for a field that cannot be empty, naming it, and take null where it clears', async () => {
      for (const field of ['title', 'summary', 'body', 'kind', 'tags', 'featured', 'authorName', 'authorAddress', 'origin', 'noSecretConfirmed']) {
        const res = await t
          .http()
          .patch(`${site}/articles/${article.id}`)
          .set(bearer(tokens.chief))
          .send({ revision: article.revision, [field]: null });
        expect([field, res.status, fieldsOf(res).some((f) => f.startsWith(`${field}:`))]).toEqual([field, 400, true]);
      }
      const cleared = await t
        .http()
        .patch(`${site}/articles/${article.id}`)
        .set(bearer(tokens.chief))
        .send({ revision: article.revision, categoryId: null, sourceReference: null });
      expect(cleared.status).toBe(200);
      article = cleared.body;
      for (const field of ['name', 'slug', 'position']) {
        const res = await t
          .http()
          .patch(`${site}/categories/${category.id}`)
          .set(bearer(tokens.chief))
          .send({ revision: category.revision, [field]: null });
        expect([field, res.status, fieldsOf(res).some((f) => f.startsWith(`${field}:`))]).toEqual([field, 400, true]);
      }
      const member = (await t.http().get(`${members}?pageSize=100`).set(bearer(tokens.chief)).expect(200)).body.items[0];
      for (const field of ['isStaff', 'fieldIds']) {
        const res = await t
          .http()
          .patch(`${members}/${member.id}`)
          .set(bearer(tokens.chief))
          .send({ revision: member.revision, [field]: null });
        expect([field, res.status, fieldsOf(res).some((f) => f.startsWith(`${field}:`))]).toEqual([field, 400, true]);
      }
    });

    it('E: should refuse integers past 2^31 - 1 in bodies, path and query', async () => {
      const position = await t
        .http()
        .patch(`${site}/categories/${category.id}`)
        .set(bearer(tokens.chief))
        .send({ revision: category.revision, position: 2 ** 31 });
      expect([position.status, fieldsOf(position)]).toEqual([400, ['position:max']]);
      for (const path of [`revisions/${2 ** 31}`, 'revisions/99999999999', 'revisions/99999999999999999999999', 'revisions/compare?from=99999999999&to=1']) {
        const res = await t.http().get(`${site}/articles/${article.id}/${path}`).set(bearer(tokens.chief));
        expect([path, res.status, res.body.code]).toEqual([path, 400, 'VALIDATION_FAILED']);
      }
      const restore = await t
        .http()
        .post(`${site}/articles/${article.id}/revisions/99999999999/restore`)
        .set(bearer(tokens.chief))
        .send({ revision: article.revision });
      expect([restore.status, fieldsOf(restore)]).toEqual([400, ['number:max']]);
    });

    it('F: should refuse lone UTF-16 surrogates before they reach the database and the audit log', async () => {
      const cases: [string, 'post' | 'patch', object][] = [
        [`${site}/articles`, 'post', { title: 'Tin \ud800 hỏng' }],
        [`${site}/articles/${article.id}`, 'patch', { revision: article.revision, title: 'Tin \udfff hỏng' }],
        [`${site}/categories`, 'post', { name: 'Mục \ud800' }],
        [`${site}/fields`, 'post', { name: 'Lĩnh vực \ud800' }],
        [`${site}/articles/${article.id}/transitions`, 'post', { action: 'submit', note: 'Ghi chú \ud800' }],
      ];
      for (const [path, method, body] of cases) {
        const res = await t.http()[method](path).set(bearer(tokens.chief)).send(body);
        expect([path, res.status, fieldsOf(res).some((f) => f.endsWith(':wellFormedUnicode'))]).toEqual([path, 400, true]);
      }
      const site2 = await t.http().post('/api/v1/sites').set(bearer(tokens.admin)).send({ code: '70707', slug: 'xa-thu', name: 'Xã \ud800' });
      expect([site2.status, fieldsOf(site2)]).toEqual([400, ['name:wellFormedUnicode']]);
      // An emoji (a well-formed surrogate pair) is text like any other.
      expect((await t.http().post(`${site}/articles`).set(bearer(tokens.chief)).send({ title: 'Tin vui 🎉👩‍👩‍👧' })).status).toBe(201);
    });

    it('G: should take only full date-times with an offset: a week date neither publishes at once nor answers 500', async () => {
      for (const [key, value] of [
        ['publishAt', '2026-W01'],
        ['unpublishAt', '2026-W01'],
        ['publishAt', '20260101'],
        ['publishAt', '2026-01-01T08:00:00'],
      ]) {
        const res = await t
          .http()
          .post(`${site}/articles/${article.id}/transitions`)
          .set(bearer(tokens.chief))
          .send({ action: 'approve', [key!]: value });
        expect([key, value, res.status, fieldsOf(res)]).toEqual([key, value, 400, [`${key}:isDateTime`]]);
      }
      const [row] = await t.ds.query(
        `SELECT e.status, i.published_at FROM content_items i JOIN content_editions e ON e.id = i.current_edition_id WHERE i.id = $1`,
        [article.id],
      );
      expect(row).toEqual({ status: 'draft', published_at: null });
      for (const q of ['from=2026-W01', 'from=20260101', 'to=2026-13-01', 'from=2026-01-01T08:00']) {
        const res = await t.http().get(`${site}/audit?${q}`).set(bearer(tokens.chief));
        expect([q, res.status, res.body.code]).toEqual([q, 400, 'VALIDATION_FAILED']);
      }
      for (const q of ['from=2026-01-01', 'from=2026-01-01T00:00:00%2B07:00&to=2099-12-31']) {
        expect((await t.http().get(`${site}/audit?${q}`).set(bearer(tokens.chief))).status).toBe(200);
      }
    });

    it('should answer a path that is not valid UTF-8, a NUL in a site and a 150-character slug in the documented error shape', async () => {
      const badUrl = await t.http().get('/api/v1/public/articles/%ED%A0%80');
      expect(badUrl.body).toEqual({ statusCode: 400, code: 'BAD_REQUEST', message: 'Yêu cầu không hợp lệ.' });
      for (const path of ['/api/v1/sites/%00/articles', '/api/v1/sites/a%00b']) {
        const res = await t.http().get(path).set(bearer(tokens.admin));
        expect([path, res.status, res.body.code]).toEqual([path, 404, 'SITE_NOT_FOUND']);
      }
      const longSlug = await t
        .http()
        .get(`/api/v1/public/articles/${'a'.repeat(150)}`)
        .set('Host', 'localhost');
      expect([longSlug.status, longSlug.body.code]).toEqual([404, 'NOT_FOUND']);
      expect(await login(t, 'chief@demo.local', DEMO_PASSWORD)).toEqual(expect.any(String));
    });
  });
});
