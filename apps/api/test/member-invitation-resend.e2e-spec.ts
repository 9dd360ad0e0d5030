import type { AuditEntryResponse } from '@congxa/shared/dto/audit';
import type { Page } from '@congxa/shared/dto/common';
import type { MemberResponse, ResendInvitationResponse } from '@congxa/shared/dto/members';
import type { OutboxMailResponse } from '@congxa/shared/dto/notifications';
import { bearer, createTestApp, DEMO_EMAILS, DEMO_SITE_SLUG, type DemoLogin, seedDemoAndLogin, type TestApp } from '../src/test-support/test-app';

const SITE = `/api/v1/sites/${DEMO_SITE_SLUG}`;
const LINKS = /https?:\/\/\S+\/admin\/dat-mat-khau\?token=[A-Za-z0-9%._~-]+/g;
const PASSWORD = 'MatKhauMoi2027';

/** `POST /sites/:site/members/:id/invitation`: a new set-password link for someone who has not used theirs. */
describe('resending an invitation (HTTP)', () => {
  let t: TestApp;
  let tokens: Record<DemoLogin, string>;

  const outbox = async (who: DemoLogin) =>
    ((await t.http().get(`${SITE}/outbox?pageSize=100`).set(bearer(tokens[who])).expect(200)).body as Page<OutboxMailResponse>).items;
  /** The set-password tokens the reader sees in mail to `email`, newest mail first. */
  const linkTokens = async (who: DemoLogin, email: string) =>
    (await outbox(who)).filter((m) => m.to === email).flatMap((m) => [...m.textBody.matchAll(LINKS)].map((l) => new URL(l[0]).searchParams.get('token')!));
  const invite = async (email: string, role: 'contributor' | 'deputy' = 'contributor') =>
    (await t.http().post(`${SITE}/members`).set(bearer(tokens.chief)).send({ email, fullName: 'Người Chưa Kích Hoạt', role }).expect(201))
      .body as MemberResponse;
  const resend = (who: DemoLogin, memberId: string) => t.http().post(`${SITE}/members/${memberId}/invitation`).set(bearer(tokens[who]));
  const memberOf = async (email: string) =>
    ((await t.http().get(`${SITE}/members?pageSize=100`).set(bearer(tokens.chief)).expect(200)).body as Page<MemberResponse>).items.find(
      (m) => m.email === email,
    )!;

  beforeAll(async () => {
    t = await createTestApp();
    tokens = await seedDemoAndLogin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('should mail a new working link, spend the earlier one and audit it when the chief resends', async () => {
    const m = await invite('chua-kich-hoat@example.vn');
    const [first] = await linkTokens('chief', m.email);
    expect(first).toBeTruthy();

    const res = await resend('chief', m.id).expect(200);
    expect(res.body as ResendInvitationResponse).toEqual({ memberId: m.id, email: m.email, revokedLinks: 1 });
    const tokensNow = await linkTokens('chief', m.email);
    // The earlier mail's link is shown as no longer valid; the new mail carries the only working one.
    expect(tokensNow).toHaveLength(1);
    expect(tokensNow[0]).not.toBe(first);
    const mails = (await outbox('chief')).filter((x) => x.to === m.email);
    expect(mails).toHaveLength(2);
    expect(mails[0]).toMatchObject({ kind: 'invite', subject: expect.stringContaining('Lời mời tham gia') });

    const old = await t.http().post('/api/v1/auth/password').send({ token: first, password: PASSWORD }).expect(400);
    expect(old.body.code).toBe('INVALID_TOKEN');
    await t.http().post('/api/v1/auth/password').send({ token: tokensNow[0], password: PASSWORD }).expect(204);

    const audit = (await t.http().get(`${SITE}/audit?action=member.invitation_resent&targetId=${m.id}`).set(bearer(tokens.chief)).expect(200))
      .body as Page<AuditEntryResponse>;
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({ actor: { email: DEMO_EMAILS.chief }, details: { email: m.email, role: 'contributor', revoked: 1 } });
  });

  it('should answer 409 ACCOUNT_ALREADY_ACTIVE and mail nothing when the member has set a password', async () => {
    const active = await memberOf(DEMO_EMAILS.editor);
    const before = (await outbox('chief')).length;
    const res = await resend('chief', active.id).expect(409);
    expect(res.body).toMatchObject({ statusCode: 409, code: 'ACCOUNT_ALREADY_ACTIVE' });
    expect(res.body.message).toMatch(/đã đặt mật khẩu/);
    expect((await outbox('chief')).length).toBe(before);
    const en = await resend('chief', active.id).set('Accept-Language', 'en').expect(409);
    expect(en.body.message).toMatch(/already set a password/);
  });

  it('should let the deputy resend to a contributor (the roles a deputy may invite)', async () => {
    const m = await invite('dong-gop-moi@example.vn');
    const res = await resend('deputy', m.id).expect(200);
    expect(res.body).toMatchObject({ memberId: m.id, revokedLinks: 1 });
    expect(await linkTokens('deputy', m.email)).toHaveLength(1);
  });

  it('should refuse the deputy with 403 ROLE_NOT_ASSIGNABLE and keep the old link when the invitation is for a deputy', async () => {
    const m = await invite('pho-ban-moi@example.vn', 'deputy');
    const [link] = await linkTokens('chief', m.email);
    const res = await resend('deputy', m.id).expect(403);
    expect(res.body.code).toBe('ROLE_NOT_ASSIGNABLE');
    expect(await linkTokens('chief', m.email)).toEqual([link]);
  });

  it.each(['editor', 'contributor'] as const)('should answer 403 FORBIDDEN when the %s tries to resend', async (who) => {
    const m = await memberOf('dong-gop-moi@example.vn');
    const res = await resend(who, m.id).expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
  });

  it('should let a platform admin resend, and answer 404 MEMBER_NOT_FOUND for an unknown member and 401 without a token', async () => {
    const m = await memberOf('dong-gop-moi@example.vn');
    await resend('admin', m.id).expect(200);
    const missing = await resend('chief', '00000000-0000-4000-8000-000000000000').expect(404);
    expect(missing.body.code).toBe('MEMBER_NOT_FOUND');
    await resend('chief', 'not-a-uuid').expect(400);
    await t.http().post(`${SITE}/members/${m.id}/invitation`).expect(401);
  });
});
