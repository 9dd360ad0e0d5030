import type { AuditEntryResponse } from '@congxa/shared/dto/audit';
import type { MeResponse } from '@congxa/shared/dto/auth';
import type { Page } from '@congxa/shared/dto/common';
import type { FieldResponse } from '@congxa/shared/dto/fields';
import type { MemberResponse } from '@congxa/shared/dto/members';
import type { OutboxMailResponse } from '@congxa/shared/dto/notifications';
import { Notifier } from '../src/common/notify/notifier';
import { DEMO_PASSWORD } from '../src/modules/demo/demo-content';
import {
  bearer,
  createTestApp,
  DEMO_EMAILS,
  DEMO_SITE_SLUG,
  type DemoLogin,
  login,
  refreshCookie,
  seedDemoAndLogin,
  type TestApp,
} from '../src/test-support/test-app';

const MEMBERS = `/api/v1/sites/${DEMO_SITE_SLUG}/members`;
const AUDIT = `/api/v1/sites/${DEMO_SITE_SLUG}/audit`;

describe('site members (HTTP)', () => {
  let t: TestApp;
  let tokens: Record<DemoLogin, string>;
  let fieldId: Record<string, string>;
  let sendLink: jest.SpiedFunction<Notifier['sendLink']>;

  const listMembers = async (token = tokens.chief) => {
    const res = await t.http().get(`${MEMBERS}?pageSize=100`).set(bearer(token)).expect(200);
    return res.body as Page<MemberResponse>;
  };
  const memberOf = async (email: string) => {
    const found = (await listMembers()).items.find((m) => m.email === email);
    if (!found) throw new Error(`no member ${email}`);
    return found;
  };
  const invite = (token: string, body: Record<string, unknown>) => t.http().post(MEMBERS).set(bearer(token)).send(body);
  const auditRows = async (query: string, token = tokens.chief) => {
    const res = await t.http().get(`${AUDIT}?${query}`).set(bearer(token)).expect(200);
    return res.body as Page<AuditEntryResponse>;
  };

  beforeAll(async () => {
    t = await createTestApp();
    tokens = await seedDemoAndLogin(t);
    const fields = (await t.http().get(`/api/v1/sites/${DEMO_SITE_SLUG}/fields`).set(bearer(tokens.chief)).expect(200)).body as Page<FieldResponse>;
    fieldId = Object.fromEntries(fields.items.map((f) => [f.name, f.id]));
    sendLink = jest.spyOn(t.app.get(Notifier), 'sendLink');
  });
  afterAll(async () => {
    sendLink.mockRestore();
    await t.close();
  });
  beforeEach(() => sendLink.mockClear());

  describe('listing', () => {
    it.each(['chief', 'deputy', 'editor'] as const)('should list every member with role and fields when the caller is the %s', async (who) => {
      const page = await listMembers(tokens[who]);
      expect(page).toMatchObject({ total: 6, page: 1, pageSize: 100 });
      expect(page.items.map((m) => m.email).sort()).toEqual(
        Object.values(DEMO_EMAILS)
          .filter((e) => e !== DEMO_EMAILS.admin)
          .sort(),
      );
      const editor = page.items.find((m) => m.email === DEMO_EMAILS.editor)!;
      expect(editor).toMatchObject({ role: 'editor', isStaff: true, fullName: 'Lê Văn Biên', fields: [{ id: fieldId['Kinh tế'], name: 'Kinh tế' }] });
    });

    it('should answer 403 FORBIDDEN when a contributor asks for the member list', async () => {
      const res = await t.http().get(MEMBERS).set(bearer(tokens.contributor)).expect(403);
      expect(res.body).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });
    });

    it.each(['editor', 'contributor'] as const)('should answer 403 FORBIDDEN when the %s asks for the audit log', async (who) => {
      const res = await t.http().get(AUDIT).set(bearer(tokens[who])).expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
    });

    it('should answer 401 when nobody is signed in', async () => {
      const res = await t.http().get(MEMBERS).expect(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('invitations', () => {
    it('should add an editor with a field and let them in through the invitation link when the chief invites a new person', async () => {
      const res = await invite(tokens.chief, {
        email: '  Moi.BienTap@Example.VN ',
        fullName: 'Võ Thị Mới',
        role: 'editor',
        isStaff: true,
        fieldIds: [fieldId['Kinh tế']],
      }).expect(201);
      const member = res.body as MemberResponse;
      expect(member).toMatchObject({
        email: 'moi.bientap@example.vn',
        fullName: 'Võ Thị Mới',
        role: 'editor',
        isStaff: true,
        revision: 1,
        fields: [{ id: fieldId['Kinh tế'], name: 'Kinh tế' }],
      });
      expect((await listMembers()).items.map((m) => m.id)).toContain(member.id);

      expect(sendLink).toHaveBeenCalledTimes(1);
      const message = sendLink.mock.calls[0]![0];
      expect(message).toMatchObject({ to: 'moi.bientap@example.vn', kind: 'invite', siteName: 'Xã Ân Hảo Đông' });
      const token = new URL(message.url).searchParams.get('token');
      expect(token).toBeTruthy();

      // Before the password is set the account cannot sign in.
      await t.http().post('/api/v1/auth/login').send({ email: 'moi.bientap@example.vn', password: 'MatKhauMoi2027' }).expect(401);
      await t.http().post('/api/v1/auth/password').send({ token, password: 'MatKhauMoi2027' }).expect(204);
      const access = await login(t, 'moi.bientap@example.vn', 'MatKhauMoi2027');
      const me = (await t.http().get('/api/v1/me').set(bearer(access)).expect(200)).body as MeResponse;
      expect(me.user).toMatchObject({ email: 'moi.bientap@example.vn', fullName: 'Võ Thị Mới', isPlatformAdmin: false });
      expect(me.memberships).toHaveLength(1);
      expect(me.memberships[0]).toMatchObject({ site: { slug: DEMO_SITE_SLUG, code: '99999' }, role: 'editor', isStaff: true, fields: [{ name: 'Kinh tế' }] });
      expect(me.memberships[0]!.permissions).toContain('member.read');
      expect(me.memberships[0]!.permissions).not.toContain('member.invite');

      // The link is single-use.
      const again = await t.http().post('/api/v1/auth/password').send({ token, password: 'MatKhauKhac2027' }).expect(400);
      expect(again.body.code).toBe('INVALID_TOKEN');
      await t.http().get(MEMBERS).set(bearer(access)).expect(200);
    });

    it.each(['contributor', 'editor'] as const)('should let the deputy add a member as %s when the role is one a deputy may hand out', async (role) => {
      const email = `pho-moi-${role}@example.vn`;
      const res = await invite(tokens.deputy, { email, fullName: 'Người Được Mời', role, fieldIds: [fieldId['Văn hóa - Xã hội']] }).expect(201);
      expect(res.body).toMatchObject({ email, role, isStaff: false, fields: [{ name: 'Văn hóa - Xã hội' }] });
      expect(sendLink).toHaveBeenCalledTimes(1);
    });

    it.each(['deputy', 'chief'] as const)('should refuse with 403 ROLE_NOT_ASSIGNABLE and add nobody when the deputy invites a %s', async (role) => {
      const email = `leo-thang-${role}@example.vn`;
      const res = await invite(tokens.deputy, { email, fullName: 'Người Leo Thang', role }).expect(403);
      expect(res.body).toMatchObject({ statusCode: 403, code: 'ROLE_NOT_ASSIGNABLE', message: 'Bạn không được giao vai trò này.' });
      expect((await listMembers()).items.map((m) => m.email)).not.toContain(email);
      expect(sendLink).not.toHaveBeenCalled();
    });

    it('should refuse with 403 when an editor tries to invite anyone', async () => {
      const res = await invite(tokens.editor, { email: 'ai-do@example.vn', fullName: 'Ai Đó', role: 'contributor' }).expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
    });

    it('should answer 422 EDITOR_NEEDS_FIELD and create no account when an editor is invited without fields', async () => {
      for (const fieldIds of [undefined, []]) {
        const res = await invite(tokens.chief, { email: 'bien-tap-trong@example.vn', fullName: 'Biên Tập Trống', role: 'editor', fieldIds }).expect(422);
        expect(res.body).toMatchObject({ statusCode: 422, code: 'EDITOR_NEEDS_FIELD' });
      }
      const [{ n }] = await t.ds.query(`SELECT COUNT(*)::int AS n FROM users WHERE email = 'bien-tap-trong@example.vn'`);
      expect(n).toBe(0);
      expect(sendLink).not.toHaveBeenCalled();
    });

    it('should answer 422 FIELD_NOT_FOUND naming the field when the field belongs to another site', async () => {
      const site = await t.http().post('/api/v1/sites').set(bearer(tokens.admin)).send({ code: '10101', slug: 'xa-khac', name: 'Xã Khác' }).expect(201);
      const foreign = await t.http().post('/api/v1/sites/xa-khac/fields').set(bearer(tokens.admin)).send({ name: 'Nông nghiệp' }).expect(201);
      expect(site.body.slug).toBe('xa-khac');
      const res = await invite(tokens.chief, { email: 'linh-vuc-la@example.vn', fullName: 'Lĩnh Vực Lạ', role: 'editor', fieldIds: [foreign.body.id] }).expect(
        422,
      );
      expect(res.body).toMatchObject({ code: 'FIELD_NOT_FOUND', details: { fieldIds: [foreign.body.id] } });
    });

    it('should answer 409 ALREADY_MEMBER and write no audit row when the person is already a member, whatever the letter case', async () => {
      const before = (await auditRows('action=member.invite')).total;
      const res = await invite(tokens.chief, { email: 'CHIEF@demo.local', fullName: 'Trùng Lặp', role: 'contributor' }).expect(409);
      expect(res.body).toMatchObject({ statusCode: 409, code: 'ALREADY_MEMBER' });
      expect((await auditRows('action=member.invite')).total).toBe(before);
      expect(sendLink).not.toHaveBeenCalled();
    });

    it('should name every bad field with 400 VALIDATION_FAILED when the invitation is malformed', async () => {
      const res = await invite(tokens.chief, { email: 'not-an-email', fullName: 'A', role: 'owner', isAdmin: true }).set('Accept-Language', 'en').expect(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', message: 'The request data is invalid.' });
      const fields = (res.body.details as { field: string }[]).map((d) => d.field);
      expect(fields).toEqual(expect.arrayContaining(['email', 'fullName', 'role', 'isAdmin']));
    });
  });

  describe('changes', () => {
    it('should answer 409 REVISION_CONFLICT with the current state and keep the first change when a second edit is based on a stale revision', async () => {
      const original = await memberOf(DEMO_EMAILS.editor2);
      const first = await t
        .http()
        .patch(`${MEMBERS}/${original.id}`)
        .set(bearer(tokens.chief))
        .send({ revision: original.revision, isStaff: false })
        .expect(200);
      expect(first.body).toMatchObject({ isStaff: false, revision: original.revision + 1 });

      const stale = await t
        .http()
        .patch(`${MEMBERS}/${original.id}`)
        .set(bearer(tokens.deputy))
        .send({ revision: original.revision, isStaff: true, fieldIds: [fieldId['Kinh tế']] })
        .expect(409);
      expect(stale.body).toMatchObject({
        code: 'REVISION_CONFLICT',
        details: { current: { id: original.id, isStaff: false, revision: original.revision + 1, fields: original.fields } },
      });
      // The stale edit's fields were not applied.
      expect(original.fields.map((f) => f.name)).not.toContain('Kinh tế');

      const now = await memberOf(DEMO_EMAILS.editor2);
      expect(now).toMatchObject({ isStaff: false, revision: original.revision + 1, fields: original.fields });
    });

    it('should let the deputy move a contributor to editor when the new role comes with a field', async () => {
      const c2 = await memberOf(DEMO_EMAILS.contributor2);
      const res = await t
        .http()
        .patch(`${MEMBERS}/${c2.id}`)
        .set(bearer(tokens.deputy))
        .send({ revision: c2.revision, role: 'editor', fieldIds: [fieldId['Quốc phòng - An ninh']] })
        .expect(200);
      expect(res.body).toMatchObject({ role: 'editor', fields: [{ name: 'Quốc phòng - An ninh' }], revision: c2.revision + 1 });
      const [row] = (await auditRows(`action=member.update&targetId=${c2.id}`)).items;
      expect(row).toMatchObject({ actor: { email: DEMO_EMAILS.deputy }, details: { role: { from: 'contributor', to: 'editor' } } });
    });

    it('should answer 422 EDITOR_NEEDS_FIELD and change nothing when an editor would be left without fields', async () => {
      const e = await memberOf(DEMO_EMAILS.editor);
      const res = await t.http().patch(`${MEMBERS}/${e.id}`).set(bearer(tokens.chief)).send({ revision: e.revision, fieldIds: [] }).expect(422);
      expect(res.body.code).toBe('EDITOR_NEEDS_FIELD');
      expect(await memberOf(DEMO_EMAILS.editor)).toMatchObject({ revision: e.revision, fields: [{ name: 'Kinh tế' }] });
    });

    it('should refuse with 403 ROLE_NOT_ASSIGNABLE when the deputy tries to change the chief or to promote someone to deputy', async () => {
      const chief = await memberOf(DEMO_EMAILS.chief);
      const onChief = await t.http().patch(`${MEMBERS}/${chief.id}`).set(bearer(tokens.deputy)).send({ revision: chief.revision, isStaff: false }).expect(403);
      expect(onChief.body.code).toBe('ROLE_NOT_ASSIGNABLE');
      const demote = await t
        .http()
        .patch(`${MEMBERS}/${chief.id}`)
        .set(bearer(tokens.deputy))
        .send({ revision: chief.revision, role: 'contributor' })
        .expect(403);
      expect(demote.body.code).toBe('ROLE_NOT_ASSIGNABLE');
      const editor = await memberOf(DEMO_EMAILS.editor);
      const promote = await t
        .http()
        .patch(`${MEMBERS}/${editor.id}`)
        .set(bearer(tokens.deputy))
        .send({ revision: editor.revision, role: 'deputy' })
        .expect(403);
      expect(promote.body.code).toBe('ROLE_NOT_ASSIGNABLE');
      expect(await memberOf(DEMO_EMAILS.chief)).toMatchObject({ role: 'chief', isStaff: true, revision: chief.revision });
      expect(await memberOf(DEMO_EMAILS.editor)).toMatchObject({ role: 'editor', revision: editor.revision });
    });

    it('should answer 409 LAST_CHIEF when the only chief would be demoted or removed', async () => {
      const chief = await memberOf(DEMO_EMAILS.chief);
      const demote = await t.http().patch(`${MEMBERS}/${chief.id}`).set(bearer(tokens.chief)).send({ revision: chief.revision, role: 'deputy' }).expect(409);
      expect(demote.body).toMatchObject({ code: 'LAST_CHIEF', message: 'Trang phải còn ít nhất một Trưởng ban biên tập.' });
      const selfRemove = await t.http().delete(`${MEMBERS}/${chief.id}`).set(bearer(tokens.chief)).expect(409);
      expect(selfRemove.body.code).toBe('LAST_CHIEF');
      const adminRemove = await t.http().delete(`${MEMBERS}/${chief.id}`).set(bearer(tokens.admin)).expect(409);
      expect(adminRemove.body.code).toBe('LAST_CHIEF');
      expect(await memberOf(DEMO_EMAILS.chief)).toMatchObject({ role: 'chief', revision: chief.revision });
    });

    it('should allow demoting a chief when another chief remains', async () => {
      const deputy = await memberOf(DEMO_EMAILS.deputy);
      const promoted = await t.http().patch(`${MEMBERS}/${deputy.id}`).set(bearer(tokens.chief)).send({ revision: deputy.revision, role: 'chief' }).expect(200);
      const back = await t
        .http()
        .patch(`${MEMBERS}/${deputy.id}`)
        .set(bearer(tokens.chief))
        .send({ revision: promoted.body.revision, role: 'deputy' })
        .expect(200);
      expect(back.body.role).toBe('deputy');
    });
  });

  describe('removal', () => {
    it('should refuse with 403 when the deputy tries to remove a member', async () => {
      const c = await memberOf(DEMO_EMAILS.contributor);
      const res = await t.http().delete(`${MEMBERS}/${c.id}`).set(bearer(tokens.deputy)).expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
      await t.http().get(`${MEMBERS}/${c.id}`).set(bearer(tokens.chief)).expect(200);
    });

    it('should end the removed member’s sessions at once and log member.remove when the chief removes them', async () => {
      // A fresh sign-in, so the contributor holds both an access token and a refresh cookie.
      const session = await t.http().post('/api/v1/auth/login').send({ email: DEMO_EMAILS.contributor, password: DEMO_PASSWORD }).expect(200);
      const access = session.body.accessToken as string;
      const cookie = refreshCookie(session)!;
      expect(cookie).toBeTruthy();
      await t.http().get('/api/v1/me').set(bearer(access)).expect(200);

      const c = await memberOf(DEMO_EMAILS.contributor);
      await t.http().delete(`${MEMBERS}/${c.id}`).set(bearer(tokens.chief)).expect(204);

      const me = await t.http().get('/api/v1/me').set(bearer(access)).expect(401);
      expect(me.body.code).toBe('UNAUTHENTICATED');
      await t.http().get('/api/v1/me').set(bearer(tokens.contributor)).expect(401);
      const refreshed = await t.http().post('/api/v1/auth/refresh').set('Cookie', cookie).expect(401);
      expect(refreshed.body.code).toBe('INVALID_REFRESH_TOKEN');

      expect((await listMembers()).items.map((m) => m.email)).not.toContain(DEMO_EMAILS.contributor);
      const gone = await t.http().get(`${MEMBERS}/${c.id}`).set(bearer(tokens.chief)).expect(404);
      expect(gone.body.code).toBe('MEMBER_NOT_FOUND');

      // Signing in again works (the account remains), but the site is now out of reach.
      const again = await login(t, DEMO_EMAILS.contributor, DEMO_PASSWORD);
      const site = await t.http().get(`/api/v1/sites/${DEMO_SITE_SLUG}`).set(bearer(again)).expect(404);
      expect(site.body.code).toBe('SITE_NOT_FOUND');

      const [row] = (await auditRows(`action=member.remove&targetId=${c.id}`)).items;
      expect(row).toMatchObject({
        action: 'member.remove',
        targetType: 'membership',
        targetId: c.id,
        actor: { email: DEMO_EMAILS.chief, fullName: 'Nguyễn Văn Trưởng' },
        details: { email: DEMO_EMAILS.contributor, role: 'contributor' },
      });

      // Their sign-ins while a member stay in the site's log; the one after removal is not the site's business.
      const signIns = (await auditRows(`action=auth.login&actorId=${c.userId}&pageSize=100`)).items;
      expect(signIns.length).toBeGreaterThanOrEqual(2);
      const after = await t.ds.query(`SELECT site_id FROM audit_log WHERE action = 'auth.login' AND actor_id = $1 ORDER BY created_at DESC LIMIT 1`, [
        c.userId,
      ]);
      expect(after[0].site_id).toBeNull();
    });
  });

  describe('audit log', () => {
    it('should show who invited whom, with details, when filtered by action', async () => {
      const page = await auditRows('action=member.invite&pageSize=100');
      expect(page.items.length).toBeGreaterThan(0);
      expect(page.items.every((r) => r.action === 'member.invite')).toBe(true);
      const row = page.items.find((r) => r.details.email === 'moi.bientap@example.vn')!;
      const invited = await memberOf('moi.bientap@example.vn');
      expect(row).toMatchObject({
        actor: { email: DEMO_EMAILS.chief, fullName: 'Nguyễn Văn Trưởng' },
        targetType: 'membership',
        targetId: invited.id,
        details: { email: 'moi.bientap@example.vn', role: 'editor', isStaff: true, fieldIds: [fieldId['Kinh tế']], userId: invited.userId },
      });
      expect(Date.parse(row.createdAt)).not.toBeNaN();
      // Nothing secret leaks into the log.
      expect(JSON.stringify(page)).not.toMatch(/token|password/i);
    });

    it('should return a group of actions, newest first, when the filter is an action prefix', async () => {
      const page = await auditRows('action=member&pageSize=100');
      expect(new Set(page.items.map((r) => r.action))).toEqual(new Set(['member.invite', 'member.update', 'member.remove']));
      const times = page.items.map((r) => Date.parse(r.createdAt));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
      const byDeputy = await auditRows(`action=member&actorId=${(await memberOf(DEMO_EMAILS.deputy)).userId}&pageSize=100`);
      expect(byDeputy.items.length).toBeGreaterThan(0);
      expect(byDeputy.items.every((r) => r.actor?.email === DEMO_EMAILS.deputy)).toBe(true);
    });

    it('should page with {items,total,page,pageSize} when pageSize is small', async () => {
      const all = await auditRows('action=member&pageSize=100');
      const second = await auditRows('action=member&page=2&pageSize=2', tokens.deputy);
      expect(Object.keys(second).sort()).toEqual(['items', 'page', 'pageSize', 'total']);
      expect(second).toMatchObject({ total: all.total, page: 2, pageSize: 2 });
      expect(second.items.map((r) => r.id)).toEqual(all.items.slice(2, 4).map((r) => r.id));
      const bad = await t.http().get(`${AUDIT}?pageSize=1000`).set(bearer(tokens.chief)).expect(400);
      expect(bad.body.details).toEqual([expect.objectContaining({ field: 'pageSize', rule: 'max' })]);
    });
  });

  it('should let no board read a set-password link for someone who already belongs to a site when another site adds them', async () => {
    await t
      .http()
      .post(MEMBERS)
      .set(bearer(tokens.chief))
      .send({ email: 'chua-dat-mk@demo.local', fullName: 'Người Chưa Đặt Mật Khẩu', role: 'contributor' })
      .expect(201);
    const site = await t
      .http()
      .post('/api/v1/sites')
      .set(bearer(tokens.admin))
      .send({ code: '41001', slug: 'xa-thu-nghiem', name: 'Xã Thử Nghiệm' })
      .expect(201);
    const before = sendLink.mock.calls.length;
    await t
      .http()
      .post(`/api/v1/sites/${site.body.slug}/members`)
      .set(bearer(tokens.admin))
      .send({ email: 'chua-dat-mk@demo.local', fullName: 'Người Chưa Đặt Mật Khẩu', role: 'chief' })
      .expect(201);
    // The first board's link is spent; the new one opens both sites, so only a platform admin reads it.
    expect(sendLink.mock.calls.length).toBe(before + 1);
    const mailsTo = async (slug: string, token: string) =>
      ((await t.http().get(`/api/v1/sites/${slug}/outbox?pageSize=100`).set(bearer(token)).expect(200)).body as Page<OutboxMailResponse>).items.filter(
        (m) => m.to === 'chua-dat-mk@demo.local',
      );
    for (const who of ['chief', 'deputy'] as const) {
      expect((await mailsTo(DEMO_SITE_SLUG, tokens[who])).some((m) => m.textBody.includes('token='))).toBe(false);
    }
    expect((await mailsTo(site.body.slug, tokens.admin)).some((m) => m.textBody.includes('token='))).toBe(true);
  });
});
