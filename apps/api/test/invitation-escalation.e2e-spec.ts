import type { AuditEntryResponse } from '@congxa/shared/dto/audit';
import type { MeResponse } from '@congxa/shared/dto/auth';
import type { Page } from '@congxa/shared/dto/common';
import type { FieldResponse } from '@congxa/shared/dto/fields';
import type { MemberResponse } from '@congxa/shared/dto/members';
import type { OutboxMailResponse } from '@congxa/shared/dto/notifications';
import type { SiteResponse } from '@congxa/shared/dto/sites';
import { bearer, createTestApp, DEMO_SITE_SLUG, type DemoLogin, login, seedDemoAndLogin, type TestApp } from '../src/test-support/test-app';

const SITE = `/api/v1/sites/${DEMO_SITE_SLUG}`;
const LINKS = /https?:\/\/\S+\/admin\/dat-mat-khau\?token=[A-Za-z0-9%._~-]+/g;
const PASSWORD = 'MatKhauMoi2027';

/**
 * An invitation (set-password) link is a credential readable in the board's outbox: it must never carry
 * more power than its reader could hand out. The scenario of issue 7: the deputy invites a contributor,
 * the chief promotes the not-yet-activated person to chief, and the deputy opens the link from the outbox.
 */
describe('invitation links after a role or site change (HTTP)', () => {
  let t: TestApp;
  let tokens: Record<DemoLogin, string>;
  let fieldId: string;

  const outbox = async (who: string, site = DEMO_SITE_SLUG) =>
    ((await t.http().get(`/api/v1/sites/${site}/outbox?pageSize=100`).set(bearer(who)).expect(200)).body as Page<OutboxMailResponse>).items;
  /** Every set-password token the reader can see in mail to `email`, newest mail first. */
  const linkTokens = async (who: string, email: string, site = DEMO_SITE_SLUG) =>
    (await outbox(who, site))
      .filter((m) => m.to === email)
      .flatMap((m) => [...m.textBody.matchAll(LINKS)].map((l) => new URL(l[0]).searchParams.get('token')!));
  const setPassword = (token: string) => t.http().post('/api/v1/auth/password').send({ token, password: PASSWORD });
  const invite = async (who: string, email: string, role: string, site = DEMO_SITE_SLUG) =>
    (
      await t
        .http()
        .post(`/api/v1/sites/${site}/members`)
        .set(bearer(who))
        .send({ email, fullName: 'Người Được Mời', role, ...(role === 'editor' ? { fieldIds: [fieldId] } : {}) })
        .expect(201)
    ).body as MemberResponse;
  const changeRole = async (m: MemberResponse, role: string, who = tokens.chief) =>
    (
      await t
        .http()
        .patch(`${SITE}/members/${m.id}`)
        .set(bearer(who))
        .send({ revision: m.revision, role, ...(role === 'editor' ? { fieldIds: [fieldId] } : {}) })
        .expect(200)
    ).body as MemberResponse;
  const auditFor = async (userId: string) =>
    ((await t.http().get(`${SITE}/audit?action=member&pageSize=100`).set(bearer(tokens.chief)).expect(200)).body as Page<AuditEntryResponse>).items.filter(
      (r) => r.details.userId === userId,
    );
  const roleOnSignIn = async (email: string) => {
    const me = (
      await t
        .http()
        .get('/api/v1/me')
        .set(bearer(await login(t, email, PASSWORD)))
        .expect(200)
    ).body as MeResponse;
    return me.memberships.map((m) => [m.site.slug, m.role]);
  };

  beforeAll(async () => {
    t = await createTestApp();
    tokens = await seedDemoAndLogin(t);
    fieldId = ((await t.http().get(`${SITE}/fields`).set(bearer(tokens.chief)).expect(200)).body as Page<FieldResponse>).items[0]!.id;
  });
  afterAll(() => t.close());

  it('should revoke the link the deputy can read and send a new one only the chief sees when the chief promotes a not-yet-activated contributor to chief', async () => {
    const email = 'leo.thang@example.vn';
    const member = await invite(tokens.deputy, email, 'contributor');
    const [stolen] = await linkTokens(tokens.deputy, email);
    expect(stolen).toBeTruthy();

    await changeRole(member, 'chief');

    // The deputy's outbox no longer shows any working link for that account, and the copied one is dead.
    expect(await linkTokens(tokens.deputy, email)).toEqual([]);
    const refused = await setPassword(stolen!).expect(400);
    expect(refused.body.code).toBe('INVALID_TOKEN');

    // The chief sees the new invitation (for the new role) and it works: the person signs in as chief.
    const forChief = (await outbox(tokens.chief)).filter((m) => m.to === email);
    expect(forChief[0]!.textBody).toContain('Trưởng ban biên tập');
    const fresh = await linkTokens(tokens.chief, email);
    expect(fresh).toHaveLength(1);
    expect(fresh[0]).not.toBe(stolen);
    await setPassword(fresh[0]!).expect(204);
    expect(await roleOnSignIn(email)).toEqual([[DEMO_SITE_SLUG, 'chief']]);

    // Once used, the link is shown to nobody, not even the chief.
    expect(await linkTokens(tokens.chief, email)).toEqual([]);
    expect(await linkTokens(tokens.admin, email)).toEqual([]);

    const audit = await auditFor(member.userId);
    expect(audit.map((r) => r.action)).toEqual(expect.arrayContaining(['member.invitation_revoked', 'member.invitation_reissued']));
    expect(audit.find((r) => r.action === 'member.invitation_reissued')).toMatchObject({ actor: { email: 'chief@demo.local' }, details: { role: 'chief' } });
    expect(JSON.stringify(audit)).not.toContain(fresh[0]);
  });

  it('should hide a still-valid link from the deputy when the person it lets in has been made chief', async () => {
    // Whatever the mail's recorded audience, the outbox judges the link by what it would grant today.
    const email = 'an.hien@example.vn';
    const member = await invite(tokens.deputy, email, 'contributor');
    const [link] = await linkTokens(tokens.deputy, email);
    await t.ds.query(`UPDATE memberships SET role = 'chief' WHERE id = $1`, [member.id]);
    expect(await linkTokens(tokens.deputy, email)).toEqual([]);
    expect(await linkTokens(tokens.chief, email)).toEqual([link]);
    await t.ds.query(`UPDATE memberships SET role = 'contributor' WHERE id = $1`, [member.id]);
    expect(await linkTokens(tokens.deputy, email)).toEqual([link]);
  });

  it('should hide an expired link from everyone', async () => {
    const email = 'het.han@example.vn';
    const member = await invite(tokens.deputy, email, 'contributor');
    expect(await linkTokens(tokens.deputy, email)).toHaveLength(1);
    await t.ds.query(`UPDATE action_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [member.userId]);
    for (const who of [tokens.deputy, tokens.chief, tokens.admin]) expect(await linkTokens(who, email)).toEqual([]);
    // The mail itself is still listed (what was sent, to whom), without the link.
    expect((await outbox(tokens.deputy)).filter((m) => m.to === email)).toHaveLength(1);
  });

  it('should give the deputy a working contributor link when the chief demotes a not-yet-activated chief to contributor', async () => {
    const email = 'ha.cap@example.vn';
    const member = await invite(tokens.chief, email, 'chief');
    const [chiefLink] = await linkTokens(tokens.chief, email);
    expect(await linkTokens(tokens.deputy, email)).toEqual([]);

    await changeRole(member, 'contributor');

    await setPassword(chiefLink!).expect(400);
    const forDeputy = await linkTokens(tokens.deputy, email);
    expect(forDeputy).toHaveLength(1);
    await setPassword(forDeputy[0]!).expect(204);
    expect(await roleOnSignIn(email)).toEqual([[DEMO_SITE_SLUG, 'contributor']]);
  });

  it('should revoke the outstanding link when a not-yet-activated member is removed', async () => {
    const email = 'bi.go@example.vn';
    const member = await invite(tokens.deputy, email, 'contributor');
    const [link] = await linkTokens(tokens.deputy, email);

    await t.http().delete(`${SITE}/members/${member.id}`).set(bearer(tokens.chief)).expect(204);

    const refused = await setPassword(link!).expect(400);
    expect(refused.body.code).toBe('INVALID_TOKEN');
    for (const who of [tokens.deputy, tokens.chief, tokens.admin]) expect(await linkTokens(who, email)).toEqual([]);
    const audit = await auditFor(member.userId);
    expect(audit.find((r) => r.action === 'member.invitation_revoked')).toMatchObject({ details: { userId: member.userId, reason: 'member.remove' } });
    expect(audit.some((r) => r.action === 'member.invitation_reissued')).toBe(false);
  });

  it('should issue and revoke nothing when the role of a member who has already set a password changes', async () => {
    const email = 'da.kich.hoat@example.vn';
    const member = await invite(tokens.deputy, email, 'contributor');
    const [link] = await linkTokens(tokens.deputy, email);
    await setPassword(link!).expect(204);
    const mailsTo = async () => (await outbox(tokens.admin)).filter((m) => m.to === email).length;
    expect(await mailsTo()).toBe(1);

    await changeRole(member, 'deputy');

    expect(await mailsTo()).toBe(1);
    expect((await auditFor(member.userId)).map((r) => r.action)).not.toEqual(expect.arrayContaining(['member.invitation_revoked']));
    expect(await roleOnSignIn(email)).toEqual([[DEMO_SITE_SLUG, 'deputy']]);
  });

  it('should revoke the link this board can read when the not-yet-activated person is made chief of another site', async () => {
    const email = 'hai.xa@example.vn';
    await invite(tokens.deputy, email, 'contributor');
    const [link] = await linkTokens(tokens.deputy, email);
    const other = (await t.http().post('/api/v1/sites').set(bearer(tokens.admin)).send({ code: '22016', slug: 'xa-hai-xa', name: 'Xã Hai Xã' }).expect(201))
      .body as SiteResponse;

    await invite(tokens.admin, email, 'chief', other.slug);

    await setPassword(link!).expect(400);
    for (const who of [tokens.deputy, tokens.chief]) expect(await linkTokens(who, email)).toEqual([]);
    // Only someone who may grant both memberships (a platform admin) sees the new link; it lets the person in.
    const fresh = await linkTokens(tokens.admin, email, other.slug);
    expect(fresh).toHaveLength(1);
    await setPassword(fresh[0]!).expect(204);
    expect((await roleOnSignIn(email)).sort()).toEqual([
      [DEMO_SITE_SLUG, 'contributor'],
      [other.slug, 'chief'],
    ]);
  });
});
