import type { PreferencesResponse, RevokeOtherSessionsResponse } from '@congxa/shared/dto/account';
import type { AuditEntryResponse } from '@congxa/shared/dto/audit';
import type { CategoryResponse } from '@congxa/shared/dto/categories';
import type { Page } from '@congxa/shared/dto/common';
import type { FieldResponse } from '@congxa/shared/dto/fields';
import { DEMO_PASSWORD } from '../src/modules/demo/demo-content';
import {
  bearer,
  createTestApp,
  DEMO_EMAILS,
  DEMO_SITE_SLUG,
  type DemoLogin,
  refreshCookie,
  seedDemoAndLogin,
  type TestApp,
} from '../src/test-support/test-app';

const SITE = `/api/v1/sites/${DEMO_SITE_SLUG}`;

describe('my account: other sessions and e-mail preferences (HTTP)', () => {
  let t: TestApp;
  let tokens: Record<DemoLogin, string>;

  /** A new sign-in: its access token and refresh cookie. */
  const signIn = async (email: string) => {
    const res = await t.http().post('/api/v1/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
    return { access: (res.body as { accessToken: string }).accessToken, cookie: refreshCookie(res)! };
  };
  const me = (access: string) => t.http().get('/api/v1/me').set(bearer(access));
  const refresh = (cookie: string) => t.http().post('/api/v1/auth/refresh').set('Cookie', cookie);
  const auditOf = async (action: string) =>
    ((await t.http().get(`${SITE}/audit?action=${action}&pageSize=100`).set(bearer(tokens.chief)).expect(200)).body as Page<AuditEntryResponse>).items;

  beforeAll(async () => {
    t = await createTestApp();
    tokens = await seedDemoAndLogin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('POST /me/sessions/revoke-others', () => {
    it('should end every other session of mine at once, keep this one, and say how many ended', async () => {
      const phone = await signIn(DEMO_EMAILS.editor2);
      const office = await signIn(DEMO_EMAILS.editor2);
      const here = await signIn(DEMO_EMAILS.editor2);
      // editor2 also holds the session seedDemoAndLogin opened: three others in all.
      const res = await t.http().post('/api/v1/me/sessions/revoke-others').set(bearer(here.access)).expect(200);
      expect(res.body as RevokeOtherSessionsResponse).toEqual({ ended: 3 });

      for (const other of [phone, office]) {
        expect((await me(other.access).expect(401)).body.code).toBe('UNAUTHENTICATED');
        expect((await refresh(other.cookie).expect(401)).body.code).toBe('INVALID_REFRESH_TOKEN');
      }
      await me(tokens.editor2).expect(401);
      // This session goes on, and can still refresh.
      await me(here.access).expect(200);
      const renewed = await refresh(here.cookie).expect(200);
      await me((renewed.body as { accessToken: string }).accessToken).expect(200);

      const rows = await auditOf('auth.other_sessions_revoked');
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ actor: { email: DEMO_EMAILS.editor2 }, targetType: 'user', details: { ended: 3 } });
    });

    it('should answer ended 0 when there is no other session, and leave other people alone', async () => {
      const only = await signIn(DEMO_EMAILS.contributor2);
      await t.http().post('/api/v1/me/sessions/revoke-others').set(bearer(only.access)).expect(200);
      const again = await t.http().post('/api/v1/me/sessions/revoke-others').set(bearer(only.access)).expect(200);
      expect(again.body).toEqual({ ended: 0 });
      await me(tokens.contributor).expect(200);
      await me(tokens.chief).expect(200);
    });

    it('should answer 401 without a token', async () => {
      expect((await t.http().post('/api/v1/me/sessions/revoke-others').expect(401)).body.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('GET/PATCH /me/preferences', () => {
    let category: CategoryResponse;
    let field: FieldResponse;

    /** A contributor's article submitted: the deputies are told, in the app and by mail. */
    const submitArticle = async (title: string) => {
      const as = (path: string) => `${SITE}${path}`;
      const created = await t.http().post(as('/articles')).set(bearer(tokens.contributor)).send({ title }).expect(201);
      await t
        .http()
        .patch(as(`/articles/${created.body.id}`))
        .set(bearer(tokens.contributor))
        .send({
          revision: created.body.revision,
          summary: 'Tóm tắt.',
          body: '<p>Nội dung.</p>',
          categoryId: category.id,
          fieldId: field.id,
          authorName: 'Hoàng Văn Cộng',
          authorAddress: 'Văn phòng UBND xã',
          noSecretConfirmed: true,
        })
        .expect(200);
      await t
        .http()
        .post(as(`/articles/${created.body.id}/transitions`))
        .set(bearer(tokens.contributor))
        .send({ action: 'submit' })
        .expect(201);
      return created.body.id as string;
    };
    const mailsTo = async (email: string, containing: string) =>
      ((await t.ds.query('SELECT kind, subject FROM mail_outbox WHERE to_address = $1 AND subject LIKE $2', [email, `%${containing}%`])) as { kind: string }[])
        .length;
    const notificationsAbout = async (access: string, articleId: string) =>
      ((await t.http().get('/api/v1/me/notifications?pageSize=100').set(bearer(access)).expect(200)).body.items as { articleId: string }[]).filter(
        (n) => n.articleId === articleId,
      ).length;

    beforeAll(async () => {
      field = ((await t.http().get(`${SITE}/fields`).set(bearer(tokens.chief)).expect(200)).body as Page<FieldResponse>).items.find(
        (f) => f.name === 'Kinh tế',
      )!;
      category = ((await t.http().get(`${SITE}/categories`).set(bearer(tokens.chief)).expect(200)).body as Page<CategoryResponse>).items.find(
        (c) => c.slug === 'kinh-te',
      )!;
    });

    it('should have e-mail notifications on by default', async () => {
      const res = await t.http().get('/api/v1/me/preferences').set(bearer(tokens.deputy)).expect(200);
      expect(res.body as PreferencesResponse).toEqual({ emailNotifications: true });
    });

    it('should keep in-app notifications but write no workflow mail for someone who turned mail off, and mail again once it is back on', async () => {
      const off = await t.http().patch('/api/v1/me/preferences').set(bearer(tokens.deputy)).send({ emailNotifications: false }).expect(200);
      expect(off.body).toEqual({ emailNotifications: false });
      expect((await t.http().get('/api/v1/me/preferences').set(bearer(tokens.deputy)).expect(200)).body).toEqual({ emailNotifications: false });

      const quiet = await submitArticle('Tin khi tắt thư');
      expect(await notificationsAbout(tokens.deputy, quiet)).toBe(1);
      expect(await mailsTo(DEMO_EMAILS.deputy, 'Tin khi tắt thư')).toBe(0);

      await t.http().patch('/api/v1/me/preferences').set(bearer(tokens.deputy)).send({ emailNotifications: true }).expect(200);
      const loud = await submitArticle('Tin khi bật thư');
      expect(await notificationsAbout(tokens.deputy, loud)).toBe(1);
      expect(await mailsTo(DEMO_EMAILS.deputy, 'Tin khi bật thư')).toBe(1);

      const rows = (await auditOf('account.preferences_update')).filter((r) => r.actor?.email === DEMO_EMAILS.deputy);
      expect(rows.map((r) => r.details).reverse()).toEqual([
        { emailNotifications: { from: true, to: false } },
        { emailNotifications: { from: false, to: true } },
      ]);
    });

    it('should still mail a password reset to someone who turned notification mail off', async () => {
      const signedIn = await signIn(DEMO_EMAILS.contributor2);
      await t.http().patch('/api/v1/me/preferences').set(bearer(signedIn.access)).send({ emailNotifications: false }).expect(200);
      await t.http().post('/api/v1/auth/password-reset').send({ email: DEMO_EMAILS.contributor2 });
      const rows = (await t.ds.query("SELECT 1 FROM mail_outbox WHERE to_address = $1 AND kind = 'reset'", [DEMO_EMAILS.contributor2])) as unknown[];
      expect(rows).toHaveLength(1);
    });

    it('should not audit a PATCH that changes nothing', async () => {
      const before = (await auditOf('account.preferences_update')).length;
      await t.http().patch('/api/v1/me/preferences').set(bearer(tokens.chief)).send({ emailNotifications: true }).expect(200);
      expect((await auditOf('account.preferences_update')).length).toBe(before);
    });

    it.each([
      [{}, 'isBoolean'],
      [{ emailNotifications: null }, 'isBoolean'],
      [{ emailNotifications: 'false' }, 'isBoolean'],
      [{ emailNotifications: 0 }, 'isBoolean'],
      [{ emailNotifications: true, theme: 'dark' }, 'whitelistValidation'],
    ])('should refuse %j with 400 naming the field', async (body, rule) => {
      const res = await t.http().patch('/api/v1/me/preferences').set(bearer(tokens.editor)).send(body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details).toContainEqual(expect.objectContaining({ rule }));
      expect((await t.http().get('/api/v1/me/preferences').set(bearer(tokens.editor)).expect(200)).body).toEqual({ emailNotifications: true });
    });

    it('should answer 401 without a token', async () => {
      await t.http().get('/api/v1/me/preferences').expect(401);
      await t.http().patch('/api/v1/me/preferences').send({ emailNotifications: false }).expect(401);
    });
  });
});
