import { Notifier } from '../src/common/notify/notifier';
import { DEMO_PASSWORD } from '../src/modules/demo/demo-content';
import { bearer, createTestApp, DEMO_EMAILS, type DemoLogin, login, refreshCookie, seedDemoAndLogin, type TestApp } from '../src/test-support/test-app';

describe('authentication', () => {
  let t: TestApp;
  let tokens: Record<DemoLogin, string>;
  beforeAll(async () => {
    // Behind a trusted proxy, so each test can speak from its own client address.
    t = await createTestApp({ TRUST_PROXY: 'true' });
    tokens = await seedDemoAndLogin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const signIn = (email: string, password: string, ip = '10.0.0.1') => t.http().post('/api/v1/auth/login').set('X-Forwarded-For', ip).send({ email, password });
  const meStatus = async (accessToken: string) => (await t.http().get('/api/v1/me').set(bearer(accessToken))).status;
  const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
    const started = Date.now();
    const result = await work();
    return [result, Date.now() - started];
  };

  it('should sign in with the right password and set an httpOnly, SameSite=Strict refresh cookie', async () => {
    const res = await signIn('Chief@Demo.Local ', DEMO_PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ email: 'chief@demo.local', fullName: 'Nguyễn Văn Trưởng', isPlatformAdmin: false });
    expect(typeof res.body.accessToken).toBe('string');
    const raw = ([] as string[]).concat(res.headers['set-cookie'] as unknown as string[]).join(';');
    expect(raw).toMatch(/congxa_refresh=[^;]+/);
    expect(raw).toMatch(/HttpOnly/);
    expect(raw).toMatch(/SameSite=Strict/);
    expect(raw).toMatch(/Path=\/api\/v1\/auth/);
  });

  it('should answer the same 401 for a wrong password and for an unknown email', async () => {
    const wrong = await signIn('editor@demo.local', 'not-the-password-1');
    const unknown = await signIn('nobody@demo.local', 'not-the-password-1');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({ statusCode: 401, code: 'INVALID_CREDENTIALS', message: 'Email hoặc mật khẩu không đúng.' });
  });

  it('should answer in English when the client prefers it', async () => {
    const res = await t.http().post('/api/v1/auth/login').set('Accept-Language', 'en-US,en;q=0.9').send({ email: 'x@demo.local', password: 'nope-nope-1' });
    expect(res.body.message).toBe('Wrong email or password.');
  });

  it('should return the memberships and permissions held in each site from /me', async () => {
    const res = await t.http().get('/api/v1/me').set(bearer(tokens.editor));
    expect(res.status).toBe(200);
    expect(res.body.user.email).toBe('editor@demo.local');
    expect(res.body.permissions).toEqual(['account.read', 'account.update', 'notification.read', 'text.convert']);
    expect(res.body.memberships).toHaveLength(1);
    expect(res.body.memberships[0]).toMatchObject({
      site: { slug: 'an-hao-dong', name: 'Xã Ân Hảo Đông' },
      role: 'editor',
      isStaff: true,
      fields: [{ name: 'Kinh tế' }],
    });
    expect(res.body.memberships[0].permissions).toContain('member.read');
    expect(res.body.memberships[0].permissions).not.toContain('audit.read');
    const admin = await t.http().get('/api/v1/me').set(bearer(tokens.admin));
    expect(admin.body.permissions).toContain('platform.site.manage');
  });

  it('should rotate the refresh token: the new one works, the old one is refused and its reuse ends the session family', async () => {
    const first = refreshCookie(await signIn('deputy@demo.local', DEMO_PASSWORD));
    const r1 = await t.http().post('/api/v1/auth/refresh').set('Cookie', first!);
    expect(r1.status).toBe(200);
    expect(r1.body.user.email).toBe('deputy@demo.local');
    const second = refreshCookie(r1);
    expect(second).toBeDefined();
    expect(second).not.toBe(first);

    const replay = await t.http().post('/api/v1/auth/refresh').set('Cookie', first!);
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('INVALID_REFRESH_TOKEN');
    // Reuse of a spent token is treated as theft: the whole family, including the newest token, is revoked.
    expect((await t.http().post('/api/v1/auth/refresh').set('Cookie', second!)).status).toBe(401);
    expect((await t.http().post('/api/v1/auth/refresh')).status).toBe(401);
  });

  it('should refuse at once the access tokens of both holders of a session whose refresh token was reused, and no other session', async () => {
    const victim = await signIn('deputy@demo.local', DEMO_PASSWORD);
    const stolen = refreshCookie(victim)!;
    const thief = await t.http().post('/api/v1/auth/refresh').set('Cookie', stolen);
    expect(await meStatus(victim.body.accessToken)).toBe(200);
    expect(await meStatus(thief.body.accessToken)).toBe(200);

    expect((await t.http().post('/api/v1/auth/refresh').set('Cookie', stolen)).status).toBe(401);
    expect(await meStatus(victim.body.accessToken)).toBe(401);
    expect(await meStatus(thief.body.accessToken)).toBe(401);
    expect(await meStatus(tokens.deputy)).toBe(200);
  });

  it('should revoke the refresh token on logout and refuse its access token at once, but not those of other sessions', async () => {
    const signedIn = await signIn('editor2@demo.local', DEMO_PASSWORD);
    const other = await signIn('editor2@demo.local', DEMO_PASSWORD, '10.0.0.2');
    const cookie = refreshCookie(signedIn);
    expect(await meStatus(signedIn.body.accessToken)).toBe(200);
    const out = await t.http().post('/api/v1/auth/logout').set('Cookie', cookie!);
    expect(out.status).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/congxa_refresh=;/);
    expect((await t.http().post('/api/v1/auth/refresh').set('Cookie', cookie!)).status).toBe(401);
    const after = await t.http().get('/api/v1/me').set(bearer(signedIn.body.accessToken));
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('UNAUTHENTICATED');
    expect(await meStatus(other.body.accessToken)).toBe(200);
    expect(await meStatus(tokens.editor2)).toBe(200);
  });

  it('should refuse an access token that names no session (the older format)', async () => {
    const jwt = t.app.get((await import('@nestjs/jwt')).JwtService);
    const secret = 'test-secret-test-secret-test-secret-0123';
    const { sub, sv, sid } = jwt.decode<{ sub: string; sv: number; sid: string }>(tokens.chief);
    expect(await meStatus(await jwt.signAsync({ sub, sv, sid }, { secret, expiresIn: 60 }))).toBe(200);
    expect(await meStatus(await jwt.signAsync({ sub, sv }, { secret, expiresIn: 60 }))).toBe(401);
  });

  it('should answer 429 with Retry-After to an address after 5 failures on an account, and let the owner in from another address', async () => {
    const victim = DEMO_EMAILS.contributor2;
    for (let i = 0; i < 5; i++) expect((await signIn(victim, `wrong-password-${i}`, '10.1.0.1')).status).toBe(401);
    for (const password of ['wrong-password-5', DEMO_PASSWORD]) {
      const blocked = await signIn(victim, password, '10.1.0.1');
      expect(blocked.status).toBe(429);
      expect(blocked.body.code).toBe('TOO_MANY_ATTEMPTS');
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    }
    // The account as a whole is only slowed: 5 failures cost the next attempt 250 ms, 6 cost 500 ms.
    const [second, secondMs] = await timed(() => signIn(victim, 'wrong-password-6', '10.1.0.2'));
    expect(second.status).toBe(401);
    expect(secondMs).toBeGreaterThanOrEqual(240);
    const [owner, ownerMs] = await timed(() => signIn(victim, DEMO_PASSWORD, '10.1.0.99'));
    expect(owner.status).toBe(200);
    expect(ownerMs).toBeGreaterThanOrEqual(490);
    expect((await signIn(victim, DEMO_PASSWORD, '10.1.0.1')).status).toBe(429);
  });

  it('should clear the failures of an address on an account when it signs in', async () => {
    for (let i = 0; i < 4; i++) expect((await signIn(DEMO_EMAILS.admin, `wrong-password-${i}`, '10.7.0.1')).status).toBe(401);
    expect((await signIn(DEMO_EMAILS.admin, DEMO_PASSWORD, '10.7.0.1')).status).toBe(200);
    expect((await signIn(DEMO_EMAILS.admin, 'wrong-password-4', '10.7.0.1')).status).toBe(401);
    expect((await signIn(DEMO_EMAILS.admin, DEMO_PASSWORD, '10.7.0.1')).status).toBe(200);
  });

  it('should block a client address after 30 failures across accounts', async () => {
    for (let i = 0; i < 30; i++) await signIn(`spray${i}@demo.local`, 'wrong-password-1', '10.2.0.1');
    const res = await signIn('editor@demo.local', DEMO_PASSWORD, '10.2.0.1');
    expect(res.status).toBe(429);
    expect((await signIn('editor@demo.local', DEMO_PASSWORD, '10.2.0.2')).status).toBe(200);
  });

  it('should record sign-ins and failures in the audit log with the client address', async () => {
    await signIn('chief@demo.local', 'wrong-password-9', '10.3.0.7');
    const res = await t.http().get('/api/v1/sites/an-hao-dong/audit?action=auth').set(bearer(tokens.chief));
    expect(res.status).toBe(200);
    const failed = res.body.items.find((e: { action: string; clientAddress: string }) => e.action === 'auth.login_failed' && e.clientAddress === '10.3.0.7');
    expect(failed).toBeDefined();
    expect(JSON.stringify(res.body)).not.toContain('wrong-password-9');
  });

  it('should answer a password reset request the same way whether the email exists or not, and the link should work once', async () => {
    const sent = jest.spyOn(t.app.get(Notifier), 'sendLink');
    const a = await t.http().post('/api/v1/auth/password-reset').send({ email: 'nobody@demo.local' });
    const b = await t.http().post('/api/v1/auth/password-reset').send({ email: DEMO_EMAILS.contributor });
    expect(a.status).toBe(202);
    expect(b.status).toBe(202);
    expect(a.body).toEqual(b.body);
    expect(sent).toHaveBeenCalledTimes(1);
    const url = new URL(sent.mock.calls[0]![0].url);
    const token = url.searchParams.get('token')!;
    expect(url.pathname).toBe('/admin/dat-mat-khau');

    const weak = await t.http().post('/api/v1/auth/password').send({ token, password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.details[0]).toMatchObject({ field: 'password', rule: 'strongPassword' });

    const oldSession = tokens.contributor;
    expect((await t.http().post('/api/v1/auth/password').send({ token, password: 'Mat-khau-moi-2026' })).status).toBe(204);
    expect((await t.http().post('/api/v1/auth/password').send({ token, password: 'Mat-khau-khac-2026' })).body.code).toBe('INVALID_TOKEN');
    // Setting a password ends every earlier session.
    expect((await t.http().get('/api/v1/me').set(bearer(oldSession))).status).toBe(401);
    expect((await signIn(DEMO_EMAILS.contributor, DEMO_PASSWORD, '10.4.0.1')).status).toBe(401);
    tokens.contributor = await login(t, DEMO_EMAILS.contributor, 'Mat-khau-moi-2026');
    sent.mockRestore();
  });

  it('should change the password, keep this session with new tokens and end the others', async () => {
    const other = await login(t, DEMO_EMAILS.editor2, DEMO_PASSWORD);
    const wrong = await t
      .http()
      .post('/api/v1/me/password')
      .set(bearer(tokens.editor2))
      .send({ currentPassword: 'nope-nope-1', newPassword: 'Doi-mat-khau-2026' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.details[0].field).toBe('currentPassword');
    const res = await t
      .http()
      .post('/api/v1/me/password')
      .set(bearer(tokens.editor2))
      .send({ currentPassword: DEMO_PASSWORD, newPassword: 'Doi-mat-khau-2026' });
    expect(res.status).toBe(200);
    expect((await t.http().get('/api/v1/me').set(bearer(res.body.accessToken))).status).toBe(200);
    expect((await t.http().get('/api/v1/me').set(bearer(other))).status).toBe(401);
    expect((await t.http().get('/api/v1/me').set(bearer(tokens.editor2))).status).toBe(401);
  });

  it('should limit password reset requests per client address with 429 and per account silently', async () => {
    const sent = jest.spyOn(t.app.get(Notifier), 'sendLink');
    const ask = (email: string, ip: string) => t.http().post('/api/v1/auth/password-reset').set('X-Forwarded-For', ip).send({ email });
    for (let i = 0; i < 5; i++) expect((await ask(DEMO_EMAILS.deputy, `10.5.0.${i}`)).status).toBe(202);
    expect(sent).toHaveBeenCalledTimes(3);
    for (let i = 0; i < 10; i++) await ask(`x${i}@demo.local`, '10.6.0.1');
    const blocked = await ask('y@demo.local', '10.6.0.1');
    expect(blocked.status).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
    sent.mockRestore();
  });
});
