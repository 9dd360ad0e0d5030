import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { AuditEntryResponse } from '@congxa/shared/dto/audit';
import type { MeResponse } from '@congxa/shared/dto/auth';
import type { Page } from '@congxa/shared/dto/common';
import type { NotificationPage, OutboxMailResponse } from '@congxa/shared/dto/notifications';
import { Db } from '../src/common/database/db.service';
import { MAX_ATTEMPTS, MailDispatcher } from '../src/common/mail/mail-dispatcher';
import { NotificationsService, type NotifyInput } from '../src/modules/notifications/notifications.service';
import { bearer, createTestApp, DEMO_EMAILS, DEMO_SITE_SLUG, type DemoLogin, login, seedDemoAndLogin, type TestApp } from '../src/test-support/test-app';

const OUTBOX = `/api/v1/sites/${DEMO_SITE_SLUG}/outbox`;
const MEMBERS = `/api/v1/sites/${DEMO_SITE_SLUG}/members`;
const NOTIFICATIONS = '/api/v1/me/notifications';
const SITE_NAME = 'Xã Ân Hảo Đông';
const LINK = /https?:\/\/\S+\/admin\/dat-mat-khau\?token=[A-Za-z0-9%._~-]+/;

interface Delivery {
  rcptTo: string[];
  mail: ParsedMail;
}

/** A real SMTP server on loopback that keeps what it receives; `refuse` answers RCPT TO with an error code. */
async function startSmtpServer() {
  const deliveries: Delivery[] = [];
  const refuse = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    disableReverseLookup: true,
    onRcptTo(address, _session, callback) {
      const code = refuse.get(address.address);
      if (code) return callback(Object.assign(new Error(code >= 500 ? 'Mailbox unavailable' : 'Mailbox busy, try later'), { responseCode: code }));
      return callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          deliveries.push({ rcptTo: session.envelope.rcptTo.map((r) => r.address), mail });
          callback();
        },
        (err: Error) => callback(err),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, deliveries, refuse, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const linkIn = (text: string | undefined): string => {
  const found = LINK.exec(text ?? '')?.[0];
  if (!found) throw new Error(`no set-password link in: ${text}`);
  return found;
};
const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;

async function whoAmI(t: TestApp, token: string): Promise<MeResponse> {
  return (await t.http().get('/api/v1/me').set(bearer(token)).expect(200)).body as MeResponse;
}

async function outbox(t: TestApp, token: string, query = 'pageSize=100'): Promise<Page<OutboxMailResponse>> {
  return (await t.http().get(`${OUTBOX}?${query}`).set(bearer(token)).expect(200)).body as Page<OutboxMailResponse>;
}

describe('notifications and e-mail (HTTP)', () => {
  describe('with SMTP configured', () => {
    let t: TestApp;
    let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
    let tokens: Record<DemoLogin, string>;
    let dispatcher: MailDispatcher;
    let siteId: string;
    let userId: Record<DemoLogin, string>;

    const mailTo = (who: DemoLogin[], subject: string): NotifyInput => ({
      siteId,
      userIds: who.map((w) => userId[w]),
      kind: 'article.assigned',
      title: subject,
      link: `/sites/${DEMO_SITE_SLUG}/articles/00000000-0000-4000-8000-000000000001`,
      mail: { subject, text: 'Có tin bài chờ bạn kiểm tra.' },
    });
    const outboxRow = async (to: string) => (await outbox(t, tokens.chief)).items.find((m) => m.to === to);

    beforeAll(async () => {
      smtp = await startSmtpServer();
      t = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
      dispatcher = t.app.get(MailDispatcher);
      // The test drives the dispatcher itself.
      dispatcher.stop();
      tokens = await seedDemoAndLogin(t);
      userId = {} as Record<DemoLogin, string>;
      for (const who of Object.keys(tokens) as DemoLogin[]) userId[who] = (await whoAmI(t, tokens[who])).user.id;
      siteId = (await whoAmI(t, tokens.chief)).memberships[0]!.site.id;
    });
    afterAll(async () => {
      await t.close();
      await smtp.close();
    });
    beforeEach(() => {
      smtp.deliveries.length = 0;
      smtp.refuse.clear();
    });

    it('should e-mail the invitation with a Vietnamese subject and a set-password link that works when the chief invites someone', async () => {
      const email = 'nguoi.moi@example.vn';
      await t.http().post(MEMBERS).set(bearer(tokens.chief)).send({ email, fullName: 'Trần Thị Mới', role: 'contributor' }).expect(201);
      // Nothing leaves before the dispatcher runs, and then exactly one mail.
      expect(smtp.deliveries).toHaveLength(0);
      expect(await dispatcher.dispatchPending()).toEqual({ sent: 1, retried: 0, failed: 0 });

      expect(smtp.deliveries).toHaveLength(1);
      const { rcptTo, mail } = smtp.deliveries[0]!;
      expect(rcptTo).toEqual([email]);
      expect(mail.subject).toBe(`Lời mời tham gia Ban biên tập ${SITE_NAME}`);
      expect(mail.from?.text).toContain('no-reply@localhost');
      expect(mail.text).toContain('Cộng tác viên');
      const link = linkIn(mail.text);

      await t
        .http()
        .post('/api/v1/auth/password')
        .send({ token: tokenOf(link), password: 'MatKhauMoi2027' })
        .expect(204);
      const me = await whoAmI(t, await login(t, email, 'MatKhauMoi2027'));
      expect(me.memberships[0]).toMatchObject({ site: { slug: DEMO_SITE_SLUG }, role: 'contributor' });

      const row = await outboxRow(email);
      expect(row).toMatchObject({ status: 'sent', attempts: 1, kind: 'invite', lastError: null });
      expect(row!.sentAt).not.toBeNull();
    });

    it('should e-mail the password reset link with a Vietnamese subject when someone forgot their password', async () => {
      await t.http().post('/api/v1/auth/password-reset').send({ email: DEMO_EMAILS.editor2 }).expect(202);
      await dispatcher.dispatchPending();

      expect(smtp.deliveries).toHaveLength(1);
      const { rcptTo, mail } = smtp.deliveries[0]!;
      expect(rcptTo).toEqual([DEMO_EMAILS.editor2]);
      expect(mail.subject).toBe('Đặt lại mật khẩu CongXa');
      await t
        .http()
        .post('/api/v1/auth/password')
        .send({ token: tokenOf(linkIn(mail.text)), password: 'DatLaiMatKhau2027' })
        .expect(204);
      await login(t, DEMO_EMAILS.editor2, 'DatLaiMatKhau2027');
    });

    it('should notify in the app and by e-mail with the admin link when the workflow notifies an editor', async () => {
      await t.app.get(NotificationsService).notify(mailTo(['editor'], 'Phân công kiểm tra tin bài: Hội nghị tổng kết năm'));
      await dispatcher.dispatchPending();

      expect(smtp.deliveries).toHaveLength(1);
      expect(smtp.deliveries[0]!.rcptTo).toEqual([DEMO_EMAILS.editor]);
      expect(smtp.deliveries[0]!.mail.subject).toBe('Phân công kiểm tra tin bài: Hội nghị tổng kết năm');
      expect(smtp.deliveries[0]!.mail.text).toContain(`/admin/sites/${DEMO_SITE_SLUG}/articles/00000000-0000-4000-8000-000000000001`);
      const mine = (await t.http().get(NOTIFICATIONS).set(bearer(tokens.editor)).expect(200)).body as NotificationPage;
      expect(mine.items[0]).toMatchObject({ title: 'Phân công kiểm tra tin bài: Hội nghị tổng kết năm', kind: 'article.assigned', readAt: null });
    });

    it('should send each mail exactly once when two dispatchers run at the same time', async () => {
      const people: DemoLogin[] = ['chief', 'deputy', 'editor', 'editor2', 'contributor', 'contributor2'];
      const notifications = t.app.get(NotificationsService);
      for (let i = 1; i <= 2; i++) await notifications.notify(mailTo(people, `Thông báo số ${i}`));

      const [a, b] = await Promise.all([dispatcher.dispatchPending(), dispatcher.dispatchPending()]);
      expect(a.sent + b.sent).toBe(12);
      expect(smtp.deliveries).toHaveLength(12);
      const messageIds = new Set(smtp.deliveries.map((d) => d.mail.messageId));
      expect(messageIds.size).toBe(12);
      const perPerson = new Map<string, number>();
      for (const d of smtp.deliveries) perPerson.set(d.rcptTo[0]!, (perPerson.get(d.rcptTo[0]!) ?? 0) + 1);
      expect([...perPerson.values()]).toEqual([2, 2, 2, 2, 2, 2]);
      expect(await dispatcher.dispatchPending()).toEqual({ sent: 0, retried: 0, failed: 0 });
    });

    it('should retry later with backoff and mark the mail failed after the last attempt when the server keeps refusing for now', async () => {
      smtp.refuse.set(DEMO_EMAILS.contributor2, 451);
      await t.app.get(NotificationsService).notify(mailTo(['contributor2'], 'Tin bài bị trả lại'));

      expect(await dispatcher.dispatchPending()).toEqual({ sent: 0, retried: 1, failed: 0 });
      let row = await outboxRow(DEMO_EMAILS.contributor2);
      expect(row).toMatchObject({ status: 'pending', attempts: 1 });
      expect(row!.lastError).toContain('451');
      // Not due again at once.
      expect(await dispatcher.dispatchPending()).toEqual({ sent: 0, retried: 0, failed: 0 });

      for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
        await t.ds.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE id = $1`, [row!.id]);
        await dispatcher.dispatchPending();
      }
      row = await outboxRow(DEMO_EMAILS.contributor2);
      expect(row).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
      expect(smtp.deliveries).toHaveLength(0);
    });

    it('should mark the mail failed at once when the server refuses the recipient for good', async () => {
      smtp.refuse.set(DEMO_EMAILS.deputy, 550);
      await t.app.get(NotificationsService).notify(mailTo(['deputy'], 'Tin bài chờ tiếp nhận'));
      expect(await dispatcher.dispatchPending()).toEqual({ sent: 0, retried: 0, failed: 1 });
      const row = (await outbox(t, tokens.chief, 'status=failed')).items.find((m) => m.subject === 'Tin bài chờ tiếp nhận');
      expect(row).toMatchObject({ to: DEMO_EMAILS.deputy, status: 'failed', attempts: 1 });
      expect(row!.lastError).toContain('550');
    });
  });

  describe('without SMTP (the embedded default)', () => {
    let t: TestApp;
    let tokens: Record<DemoLogin, string>;
    let siteId: string;
    let userId: Record<DemoLogin, string>;

    const notice = (who: DemoLogin[], title: string, mail = false): NotifyInput => ({
      siteId,
      userIds: who.map((w) => userId[w]),
      kind: 'article.returned',
      title,
      body: 'Cần bổ sung nguồn tin.',
      link: `/sites/${DEMO_SITE_SLUG}/articles/00000000-0000-4000-8000-000000000002`,
      articleId: '00000000-0000-4000-8000-000000000002',
      ...(mail ? { mail: { subject: title, text: 'Tin bài của bạn được trả lại để sửa.' } } : {}),
    });
    const myNotifications = async (who: DemoLogin, query = '') =>
      (await t.http().get(`${NOTIFICATIONS}${query}`).set(bearer(tokens[who])).expect(200)).body as NotificationPage;

    beforeAll(async () => {
      t = await createTestApp();
      tokens = await seedDemoAndLogin(t);
      userId = {} as Record<DemoLogin, string>;
      for (const who of Object.keys(tokens) as DemoLogin[]) userId[who] = (await whoAmI(t, tokens[who])).user.id;
      siteId = (await whoAmI(t, tokens.chief)).memberships[0]!.site.id;
    });
    afterAll(() => t.close());

    it('should hold the invitation in the outbox for the deputy to read, with a link that works, when no mail is configured', async () => {
      const email = 'ctv.moi@example.vn';
      await t.http().post(MEMBERS).set(bearer(tokens.deputy)).send({ email, fullName: 'Lê Văn Cộng', role: 'contributor' }).expect(201);
      expect(await t.app.get(MailDispatcher).dispatchPending()).toEqual({ sent: 0, retried: 0, failed: 0 });

      const page = await outbox(t, tokens.deputy, 'page=1&pageSize=10');
      expect(page).toMatchObject({ page: 1, pageSize: 10 });
      const mail = page.items.find((m) => m.to === email);
      expect(mail).toMatchObject({ status: 'held', kind: 'invite', siteId, subject: `Lời mời tham gia Ban biên tập ${SITE_NAME}`, sentAt: null });
      const link = linkIn(mail!.textBody);
      await t
        .http()
        .post('/api/v1/auth/password')
        .send({ token: tokenOf(link), password: 'MatKhauCtv2027' })
        .expect(204);
      await login(t, email, 'MatKhauCtv2027');

      // The link is in the mail and nowhere else: not in the audit log. Reading the outbox is audited.
      const audit = (await t.http().get(`/api/v1/sites/${DEMO_SITE_SLUG}/audit?pageSize=100`).set(bearer(tokens.chief)).expect(200))
        .body as Page<AuditEntryResponse>;
      expect(JSON.stringify(audit)).not.toContain(tokenOf(link));
      const read = audit.items.find((e) => e.action === 'outbox.read');
      expect(read?.actor?.email).toBe(DEMO_EMAILS.deputy);
      expect(read?.details.shown).toContain(mail!.id);
    });

    it.each(['editor', 'contributor'] as const)('should answer 403 FORBIDDEN when the %s asks for the outbox', async (who) => {
      const res = await t.http().get(OUTBOX).set(bearer(tokens[who])).expect(403);
      expect(res.body).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });
    });

    it('should show an invitation to a deputy to the chief and not to the deputy, whose role cannot hand it out', async () => {
      const email = 'pho.moi@example.vn';
      await t.http().post(MEMBERS).set(bearer(tokens.chief)).send({ email, fullName: 'Phạm Phó Mới', role: 'deputy' }).expect(201);
      expect((await outbox(t, tokens.chief)).items.map((m) => m.to)).toContain(email);
      expect((await outbox(t, tokens.admin)).items.map((m) => m.to)).toContain(email);
      expect((await outbox(t, tokens.deputy)).items.map((m) => m.to)).not.toContain(email);
    });

    it('should show password reset mail to platform admins only when it belongs to no site', async () => {
      await t.http().post('/api/v1/auth/password-reset').send({ email: DEMO_EMAILS.chief }).expect(202);
      const forAdmin = (await outbox(t, tokens.admin)).items.find((m) => m.to === DEMO_EMAILS.chief && m.kind === 'reset');
      expect(forAdmin).toMatchObject({ siteId: null, status: 'held', subject: 'Đặt lại mật khẩu CongXa' });
      expect(forAdmin!.textBody).toMatch(LINK);
      for (const who of ['chief', 'deputy'] as const) {
        expect((await outbox(t, tokens[who])).items.some((m) => m.kind === 'reset')).toBe(false);
      }
    });

    it('should leave no notification and no mail behind when the transaction that notified rolls back', async () => {
      const notifications = t.app.get(NotificationsService);
      const db = t.app.get(Db);
      const before = { mails: (await outbox(t, tokens.admin)).total, notes: (await myNotifications('editor2')).total };

      await expect(
        db.transaction(async () => {
          await notifications.notify(notice(['editor2'], 'Thông báo sẽ bị hủy', true));
          throw new Error('hủy thay đổi');
        }),
      ).rejects.toThrow('hủy thay đổi');
      expect((await outbox(t, tokens.admin)).total).toBe(before.mails);
      expect((await myNotifications('editor2')).total).toBe(before.notes);

      // The same call committed does leave both.
      await db.transaction(() => notifications.notify(notice(['editor2'], 'Thông báo được giữ', true)));
      expect((await outbox(t, tokens.admin)).items[0]).toMatchObject({ to: DEMO_EMAILS.editor2, subject: 'Thông báo được giữ', status: 'held' });
      expect((await myNotifications('editor2')).items[0]).toMatchObject({ title: 'Thông báo được giữ' });
    });

    it('should list my notifications newest first, filter unread, and mark them read one by one or all at once', async () => {
      const notifications = t.app.get(NotificationsService);
      await notifications.notify(notice(['editor'], 'Tin bài thứ nhất bị trả lại'));
      await notifications.notify(notice(['editor', 'contributor'], 'Tin bài thứ hai bị trả lại'));

      let mine = await myNotifications('editor');
      expect(mine).toMatchObject({ total: 2, unreadCount: 2, page: 1, pageSize: 20 });
      expect(mine.items.map((n) => n.title)).toEqual(['Tin bài thứ hai bị trả lại', 'Tin bài thứ nhất bị trả lại']);
      expect(mine.items[0]).toMatchObject({
        kind: 'article.returned',
        body: 'Cần bổ sung nguồn tin.',
        site: { id: siteId, slug: DEMO_SITE_SLUG, name: SITE_NAME },
        articleId: '00000000-0000-4000-8000-000000000002',
        readAt: null,
      });

      const read = await t.http().post(`${NOTIFICATIONS}/${mine.items[1]!.id}/read`).set(bearer(tokens.editor)).expect(200);
      expect(read.body.readAt).not.toBeNull();
      mine = await myNotifications('editor', '?unread=true');
      expect(mine).toMatchObject({ total: 1, unreadCount: 1 });
      expect(mine.items[0]!.title).toBe('Tin bài thứ hai bị trả lại');

      expect((await t.http().post(`${NOTIFICATIONS}/read-all`).set(bearer(tokens.editor)).expect(200)).body).toEqual({ updated: 1 });
      expect(await myNotifications('editor', '?unread=true')).toMatchObject({ total: 0, unreadCount: 0 });
      expect(await myNotifications('editor')).toMatchObject({ total: 2 });
      // Someone else's stay unread.
      expect(await myNotifications('contributor')).toMatchObject({ total: 1, unreadCount: 1 });
    });

    it('should answer 404 NOTIFICATION_NOT_FOUND and change nothing when I mark someone else’s notification read', async () => {
      await t.app.get(NotificationsService).notify(notice(['contributor2'], 'Chỉ cộng tác viên 2 thấy'));
      const theirs = (await myNotifications('contributor2')).items[0]!;
      const res = await t.http().post(`${NOTIFICATIONS}/${theirs.id}/read`).set(bearer(tokens.editor)).expect(404);
      expect(res.body).toMatchObject({ statusCode: 404, code: 'NOTIFICATION_NOT_FOUND' });
      expect((await myNotifications('contributor2')).items[0]).toMatchObject({ id: theirs.id, readAt: null });
      expect((await myNotifications('editor')).items.map((n) => n.id)).not.toContain(theirs.id);
    });

    it('should answer 400 for a malformed filter or id and 401 without a session', async () => {
      const bad = await t.http().get(`${NOTIFICATIONS}?unread=maybe`).set(bearer(tokens.editor)).expect(400);
      expect(bad.body.details[0]).toMatchObject({ field: 'unread' });
      await t.http().post(`${NOTIFICATIONS}/not-a-uuid/read`).set(bearer(tokens.editor)).expect(400);
      await t.http().get(NOTIFICATIONS).expect(401);
      const status = await t.http().get(`${OUTBOX}?status=lost`).set(bearer(tokens.deputy)).expect(400);
      expect(status.body.details[0]).toMatchObject({ field: 'status' });
    });
  });
});
