import type { ArticleResponse } from '@congxa/shared/dto/articles';
import type { FieldResponse } from '@congxa/shared/dto/fields';
import type { CategoryResponse } from '@congxa/shared/dto/categories';
import { bearer, createTestApp, DEMO_SITE_SLUG, type DemoLogin, seedDemoAndLogin, type TestApp } from '../src/test-support/test-app';
import sharp from 'sharp';
import { cidFontPdf, imageOnlyPdf, minimalDocx } from '../src/test-support/documents';
import { TransitionService } from '../src/modules/publishing/transition.service';

const SITE = `/api/v1/sites/${DEMO_SITE_SLUG}`;

describe('editorial workflow over HTTP (the demo board)', () => {
  let t: TestApp;
  let tokens: Record<DemoLogin, string>;
  let kinhTe: FieldResponse;
  let category: CategoryResponse;
  let editorId: string;

  const as = (who: DemoLogin) => ({
    get: (path: string) => t.http().get(`${SITE}${path}`).set(bearer(tokens[who])),
    post: (path: string, body: object) => t.http().post(`${SITE}${path}`).set(bearer(tokens[who])).send(body),
    patch: (path: string, body: object) => t.http().patch(`${SITE}${path}`).set(bearer(tokens[who])).send(body),
  });
  const act = (who: DemoLogin, id: string, body: object) => as(who).post(`/articles/${id}/transitions`, body);
  const publicGet = (path: string) => t.http().get(`/api/v1/public${path}`).set('Host', 'localhost');

  /** A contributor's complete draft, ready to submit. */
  async function draft(who: DemoLogin = 'contributor', extra: object = {}): Promise<ArticleResponse> {
    const created = await as(who).post('/articles', { title: 'Xã ra quân làm đường giao thông nông thôn' }).expect(201);
    const res = await as(who)
      .patch(`/articles/${created.body.id}`, {
        revision: created.body.revision,
        summary: 'Hơn 300 người dân tham gia.',
        body: '<p>Sáng 29/11, xã tổ chức ra quân <strong>làm đường</strong>.</p><script>alert(1)</script>',
        categoryId: category.id,
        fieldId: kinhTe.id,
        authorName: 'Hoàng Văn Cộng',
        authorAddress: 'Văn phòng UBND xã',
        noSecretConfirmed: true,
        ...extra,
      })
      .expect(200);
    return res.body;
  }

  beforeAll(async () => {
    t = await createTestApp();
    tokens = await seedDemoAndLogin(t);
    kinhTe = (await as('chief').get('/fields').expect(200)).body.items.find((f: FieldResponse) => f.name === 'Kinh tế');
    category = (await as('chief').get('/categories').expect(200)).body.items.find((c: CategoryResponse) => c.slug === 'kinh-te');
    const members = (await as('chief').get('/members?pageSize=100').expect(200)).body.items;
    editorId = members.find((m: { email: string }) => m.email === 'editor@demo.local').userId;
  });
  afterAll(async () => {
    await t.close();
  });

  it('should carry an article through the whole chain to the public API, and take it down again', async () => {
    const a = await draft();
    expect(a.status).toBe('draft');
    expect(a.slug).toBe('xa-ra-quan-lam-duong-giao-thong-nong-thon');
    expect(a.body).not.toContain('script');
    expect(a.actions).toEqual(['submit']);

    const submitted = await act('contributor', a.id, { action: 'submit' }).expect(201);
    expect(submitted.body.status).toBe('submitted');

    const intake = (await as('deputy').get('/queue').expect(200)).body.items;
    const mine = intake.find((i: { id: string }) => i.id === a.id);
    expect(mine).toMatchObject({ reason: 'intake', priority: true });

    await act('deputy', a.id, { action: 'assign', assigneeId: editorId }).expect(201);
    const editorQueue = (await as('editor').get('/queue').expect(200)).body.items;
    expect(editorQueue.map((i: { id: string }) => i.id)).toContain(a.id);
    await act('editor', a.id, { action: 'verify' }).expect(201);
    await act('deputy', a.id, { action: 'forward' }).expect(201);
    expect((await publicGet(`/articles/${a.slug}`)).status).toBe(404);

    const approved = await act('chief', a.id, { action: 'approve' }).expect(201);
    expect(approved.body).toMatchObject({ status: 'published', liveStatus: 'published', approvedBy: { fullName: 'Nguyễn Văn Trưởng' } });

    const pub = await publicGet(`/articles/${a.slug}`).expect(200);
    expect(pub.body).toMatchObject({ title: a.title, author: 'Hoàng Văn Cộng', category: { slug: 'kinh-te' } });
    expect(JSON.stringify(pub.body)).not.toContain('Văn phòng UBND xã');
    const list = await publicGet('/articles?category=kinh-te').expect(200);
    expect(list.body.items[0].slug).toBe(a.slug);

    const history = (await as('contributor').get(`/articles/${a.id}/history`).expect(200)).body;
    expect(history.transitions.map((x: { action: string }) => x.action)).toEqual(['create', 'submit', 'assign', 'verify', 'forward', 'approve']);
    expect(history.transitions.slice(1).every((x: { revisionNumber: number }) => x.revisionNumber === 2)).toBe(true);

    await act('chief', a.id, { action: 'unpublish' }).expect(400);
    const down = await act('chief', a.id, { action: 'unpublish', note: 'Thông tin cần kiểm tra lại số liệu.' }).expect(201);
    expect(down.body.status).toBe('unpublished');
    const gone = await publicGet(`/articles/${a.slug}`).expect(404);
    expect(gone.body.code).toBe('ARTICLE_WITHDRAWN');
    const seen = (await as('contributor').get(`/articles/${a.id}`).expect(200)).body;
    expect(seen.lastNote).toMatchObject({ action: 'unpublish', note: 'Thông tin cần kiểm tra lại số liệu.' });

    const audit = (await as('chief').get(`/audit?targetId=${a.id}&pageSize=50`).expect(200)).body.items.map((e: { action: string }) => e.action);
    expect(audit).toEqual(
      expect.arrayContaining([
        'article.create',
        'article.submit',
        'article.assign',
        'article.verify',
        'article.forward',
        'article.approve',
        'article.unpublish',
      ]),
    );
  });

  it('should refuse each role what is not theirs', async () => {
    const a = await draft();
    expect((await act('contributor', a.id, { action: 'approve' })).status).toBe(409);
    await act('contributor', a.id, { action: 'submit' }).expect(201);
    const noApprove = await act('contributor', a.id, { action: 'assign', assigneeId: editorId }).expect(403);
    expect(noApprove.body.code).toBe('NOT_YOUR_TURN');
    await act('deputy', a.id, { action: 'assign', assigneeId: editorId }).expect(201);
    // editor2 is not assigned and did not write it: the article does not exist for them.
    expect((await act('editor2', a.id, { action: 'verify' })).body.code).toBe('ARTICLE_NOT_FOUND');
    await act('editor', a.id, { action: 'verify' }).expect(201);
    await act('deputy', a.id, { action: 'forward' }).expect(201);
    const deputyApprove = await act('deputy', a.id, { action: 'approve' }).expect(403);
    expect(deputyApprove.body.code).toBe('NOT_YOUR_TURN');
    const returned = await act('chief', a.id, { action: 'return' }).expect(400);
    expect(returned.body.details[0].field).toBe('note');
  });

  it('should assign only an editor who holds the article’s field', async () => {
    const a = await draft();
    await act('contributor', a.id, { action: 'submit' }).expect(201);
    const members = (await as('chief').get('/members?pageSize=100').expect(200)).body.items;
    const editor2 = members.find((m: { email: string }) => m.email === 'editor2@demo.local').userId;
    const res = await act('deputy', a.id, { action: 'assign', assigneeId: editor2 }).expect(422);
    expect(res.body.code).toBe('ASSIGNEE_NOT_ELIGIBLE');
  });

  it('should refuse to submit without provenance, the secrecy confirmation, or with a secrecy stamp', async () => {
    const a = await draft('contributor', { authorAddress: '', noSecretConfirmed: false });
    const noProv = await act('contributor', a.id, { action: 'submit' }).expect(422);
    expect(noProv.body).toMatchObject({ code: 'PROVENANCE_INCOMPLETE', details: { missing: ['authorAddress'] } });
    const fixed = await as('contributor').patch(`/articles/${a.id}`, { revision: a.revision, authorAddress: 'Thôn 1', origin: 'collected' }).expect(200);
    expect((await act('contributor', a.id, { action: 'submit' }).expect(422)).body.details.missing).toEqual([
      'sourceReference',
      'collectorName',
      'collectorAddress',
    ]);
    const collected = await as('contributor')
      .patch(`/articles/${a.id}`, {
        revision: fixed.body.revision,
        sourceReference: 'Báo Bình Định',
        collectorName: 'Hoàng Văn Cộng',
        collectorAddress: 'Thôn 1',
      })
      .expect(200);
    expect((await act('contributor', a.id, { action: 'submit' }).expect(422)).body.code).toBe('SECRET_CONFIRMATION_REQUIRED');
    const stamped = await as('contributor')
      .patch(`/articles/${a.id}`, { revision: collected.body.revision, noSecretConfirmed: true, body: '<p>MẬT</p><p>Kế hoạch phòng thủ.</p>' })
      .expect(200);
    const hit = await act('contributor', a.id, { action: 'submit' }).expect(422);
    expect(hit.body.code).toBe('CLASSIFICATION_HIT');
    expect(hit.body.details.hits[0]).toMatchObject({ kind: 'secrecy_stamp', field: 'body' });
    expect((await act('contributor', a.id, { action: 'submit', override: { reason: 'Chỉ là ví dụ minh họa.' } })).body.code).toBe('OVERRIDE_NOT_ALLOWED');
    await as('contributor').patch(`/articles/${a.id}`, { revision: stamped.body.revision, body: '<p>Mật ong rừng Ân Hảo được mùa.</p>' }).expect(200);
    await act('contributor', a.id, { action: 'submit' }).expect(201);
  });

  it('should answer the second of two saves on the same revision with 409 and lose nothing', async () => {
    const a = await draft();
    const [x, y] = await Promise.all([
      as('contributor').patch(`/articles/${a.id}`, { revision: a.revision, summary: 'Bản A' }),
      as('contributor').patch(`/articles/${a.id}`, { revision: a.revision, summary: 'Bản B' }),
    ]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);
    const conflict = x.status === 409 ? x : y;
    expect(conflict.body.code).toBe('REVISION_CONFLICT');
    expect(conflict.body.details.current.revision).toBe(a.revision + 1);
    const history = (await as('contributor').get(`/articles/${a.id}/history`).expect(200)).body;
    expect(history.revisions).toHaveLength(3);
  });

  it('should keep the live page unchanged while a new edition goes through the chain', async () => {
    const a = await draft();
    for (const [who, body] of [
      ['contributor', { action: 'submit' }],
      ['deputy', { action: 'assign', assigneeId: editorId }],
      ['editor', { action: 'verify' }],
      ['deputy', { action: 'forward' }],
      ['chief', { action: 'approve' }],
    ] as [DemoLogin, object][]) {
      await act(who, a.id, body).expect(201);
    }
    const live = await as('contributor').get(`/articles/${a.id}`).expect(200);
    const edited = await as('contributor')
      .patch(`/articles/${a.id}`, { revision: live.body.revision, title: 'Tiêu đề đã sửa ở lần biên tập thứ hai', noSecretConfirmed: true })
      .expect(200);
    expect(edited.body).toMatchObject({ status: 'draft', liveStatus: 'published', edition: 2 });
    expect((await publicGet(`/articles/${a.slug}`).expect(200)).body.title).toBe(a.title);

    await act('contributor', a.id, { action: 'submit' }).expect(201);
    await act('deputy', a.id, { action: 'assign', assigneeId: editorId }).expect(201);
    await act('editor', a.id, { action: 'verify' }).expect(201);
    await act('deputy', a.id, { action: 'forward' }).expect(201);
    expect((await publicGet(`/articles/${a.slug}`).expect(200)).body.title).toBe(a.title);
    await act('chief', a.id, { action: 'approve' }).expect(201);
    expect((await publicGet(`/articles/${a.slug}`).expect(200)).body.title).toBe('Tiêu đề đã sửa ở lần biên tập thứ hai');

    const cmp = await as('contributor').get(`/articles/${a.id}/revisions/compare?from=2&to=3`).expect(200);
    expect(cmp.body.changedFields).toEqual(['title']);
  });

  it('should publish a scheduled article when its time comes, and take it down at its expiry', async () => {
    const a = await draft();
    for (const [who, body] of [
      ['contributor', { action: 'submit' }],
      ['deputy', { action: 'assign', assigneeId: editorId }],
      ['editor', { action: 'verify' }],
      ['deputy', { action: 'forward' }],
    ] as [DemoLogin, object][]) {
      await act(who, a.id, body).expect(201);
    }
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    const inTwoHours = new Date(Date.now() + 7_200_000).toISOString();
    const bad = await act('chief', a.id, { action: 'approve', publishAt: inTwoHours, unpublishAt: inAnHour }).expect(422);
    expect(bad.body.code).toBe('INVALID_SCHEDULE');
    const scheduled = await act('chief', a.id, { action: 'approve', publishAt: inAnHour, unpublishAt: inTwoHours }).expect(201);
    expect(scheduled.body.status).toBe('scheduled');
    await publicGet(`/articles/${a.slug}`).expect(404);

    const workflow = t.app.get(TransitionService);
    await workflow.runDue();
    await publicGet(`/articles/${a.slug}`).expect(404);
    await t.ds.query(`UPDATE content_editions SET publish_at = now() - interval '1 second' WHERE item_id = $1 AND status = 'scheduled'`, [a.id]);
    await workflow.runDue();
    await publicGet(`/articles/${a.slug}`).expect(200);
    await t.ds.query(
      `UPDATE content_editions SET unpublish_at = now() - interval '1 second' WHERE id = (SELECT live_edition_id FROM content_items WHERE id = $1)`,
      [a.id],
    );
    await workflow.runDue();
    await publicGet(`/articles/${a.slug}`).expect(404);
    const history = (await as('chief').get(`/articles/${a.id}/history`).expect(200)).body.transitions;
    expect(history.slice(-3).map((x: { action: string; systemActor: string | null }) => [x.action, x.systemActor])).toEqual([
      ['schedule', null],
      ['publish_scheduled', 'SYSTEM:scheduler'],
      ['expire', 'SYSTEM:scheduler'],
    ]);
  });

  it('should serve ETags and answer 304 until the content changes', async () => {
    const first = await publicGet('/articles').expect(200);
    expect(first.headers['cache-control']).toContain('max-age=0');
    const again = await publicGet('/articles').set('If-None-Match', first.headers.etag as string);
    expect(again.status).toBe(304);
  });

  it('should refuse to change the workflow record or a revision, even in SQL', async () => {
    await expect(t.ds.query(`UPDATE content_transitions SET note = 'sửa'`)).rejects.toThrow(/append-only/);
    await expect(t.ds.query(`DELETE FROM content_transitions`)).rejects.toThrow(/append-only/);
    await expect(t.ds.query(`UPDATE content_revisions SET title = 'sửa'`)).rejects.toThrow(/append-only/);
    await expect(t.ds.query(`UPDATE content_editions SET status = 'published' WHERE status = 'draft'`)).rejects.toThrow(/written only by the publishing core/);
  });

  it('should render the provision form and approval slip as a PDF with the chain in Vietnamese', async () => {
    const a = await draft();
    await act('contributor', a.id, { action: 'submit' }).expect(201);
    await act('deputy', a.id, { action: 'assign', assigneeId: editorId }).expect(201);
    const res = await as('deputy')
      .get(`/articles/${a.id}/slip.pdf`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5000);
    // The font is embedded (no reliance on system fonts).
    expect(pdf.toString('latin1')).toMatch(/FontFile2|DejaVuSans/);
  });

  it('should not let an image without alt text through review or approval, and publish it once the alt text is set', async () => {
    const image = async (r: number) =>
      sharp({ create: { width: 800, height: 500, channels: 3, background: { r, g: 30, b: 30 } } })
        .jpeg()
        .toBuffer();
    const up = await t
      .http()
      .post(`${SITE}/media`)
      .set(bearer(tokens.contributor))
      .attach('file', await image(200), 'ruong-lua.jpg')
      .expect(201);
    const img = (id: string, alt: string) => `<img src="/api/v1/public/media/${id}/w640.webp" alt="${alt}">`;
    const a = await draft('contributor', { coverMediaId: up.body.id, body: `<p>Ảnh cánh đồng:</p>${img(up.body.id, '')}` });
    expect(a.body).toContain(`/api/v1/public/media/${up.body.id}/w640.webp`);
    // Submit already refuses it, naming the cover (no alt text in the library) and the first inline image.
    const refused = await act('contributor', a.id, { action: 'submit' }).expect(422);
    expect(refused.body).toMatchObject({
      code: 'MEDIA_ALT_MISSING',
      details: {
        mediaIds: [up.body.id],
        places: [
          { place: 'cover', mediaId: up.body.id },
          { place: 'body', position: 1, mediaId: up.body.id },
        ],
      },
    });
    await t
      .http()
      .patch(`${SITE}/media/${up.body.id}`)
      .set(bearer(tokens.contributor))
      .send({ revision: up.body.revision, altText: 'Cánh đồng lúa chín ở thôn 1' })
      .expect(200);
    await as('contributor')
      .patch(`/articles/${a.id}`, { revision: a.revision, body: `<p>Ảnh cánh đồng:</p>${img(up.body.id, 'Cánh đồng lúa chín')}` })
      .expect(200);
    for (const [who, body] of [
      ['contributor', { action: 'submit' }],
      ['deputy', { action: 'assign', assigneeId: editorId }],
      ['editor', { action: 'verify' }],
      ['deputy', { action: 'forward' }],
    ] as [DemoLogin, object][]) {
      await act(who, a.id, body).expect(201);
    }
    // An image added without alt text while awaiting approval stops the chief too.
    const second = await t
      .http()
      .post(`${SITE}/media`)
      .set(bearer(tokens.deputy))
      .attach('file', await image(120), 'may-gat.jpg')
      .expect(201);
    const pending = (await as('deputy').get(`/articles/${a.id}`).expect(200)).body;
    const withSecond = `<p>Ảnh cánh đồng:</p>${img(up.body.id, 'Cánh đồng lúa chín')}${img(second.body.id, '')}`;
    const saved = await as('deputy').patch(`/articles/${a.id}`, { revision: pending.revision, body: withSecond }).expect(200);
    const stopped = await act('chief', a.id, { action: 'approve' }).expect(422);
    expect(stopped.body).toMatchObject({ code: 'MEDIA_ALT_MISSING', details: { mediaIds: [second.body.id], places: [{ place: 'body', position: 2 }] } });
    await as('chief')
      .patch(`/articles/${a.id}`, { revision: saved.body.revision, body: withSecond.replace('alt=""', 'alt="Máy gặt đập liên hợp"') })
      .expect(200);
    await act('chief', a.id, { action: 'approve' }).expect(201);
    const pub = await publicGet(`/articles/${a.slug}`).expect(200);
    expect(pub.body.coverImageId).toBe(up.body.id);
  });

  it('should refuse to submit when a linked Word attachment carries a secrecy stamp', async () => {
    const docx = Buffer.from(minimalDocx(['TÀI LIỆU', 'MẬT', 'Phương án bảo vệ mục tiêu.']));
    const up = await t.http().post(`${SITE}/media`).set(bearer(tokens.contributor)).attach('file', docx, 'phuong-an.docx').expect(201);
    const a = await draft('contributor', { body: `<p>Xem <a href="/api/v1/public/media/${up.body.id}/file">phương án</a>.</p>` });
    const res = await act('contributor', a.id, { action: 'submit' }).expect(422);
    expect(res.body.code).toBe('CLASSIFICATION_HIT');
    expect(res.body.details.hits[0]).toMatchObject({ kind: 'secrecy_stamp', field: 'attachment', attachment: 'phuong-an.docx' });
  });

  it('should refuse to submit when a linked PDF set in an embedded Unicode font carries a stamp and a citizen ID', async () => {
    const pdf = await cidFontPdf([
      ['QUYẾT ĐỊNH', 'Về việc phê duyệt phương án bảo vệ mục tiêu', 'TUYỆT MẬT', 'Người lập: Trần Văn Bình, số định danh 001203004567'],
    ]);
    const up = await t.http().post(`${SITE}/media`).set(bearer(tokens.contributor)).attach('file', pdf, 'quyet-dinh.pdf').expect(201);
    const a = await draft('contributor', { body: `<p>Xem <a href="/api/v1/public/media/${up.body.id}/file">quyết định</a>.</p>` });
    const res = await act('contributor', a.id, { action: 'submit' }).expect(422);
    expect(res.body.code).toBe('CLASSIFICATION_HIT');
    expect(res.body.details.hits).toMatchObject([
      { kind: 'secrecy_stamp', field: 'attachment', attachment: 'quyet-dinh.pdf', excerpt: expect.stringContaining('TUYỆT MẬT') },
      { kind: 'citizen_id', field: 'attachment', attachment: 'quyet-dinh.pdf', excerpt: expect.stringContaining('001203004567') },
    ]);
  });

  it('should let a linked scanned PDF through and name it in the history and the audit log as not scanned', async () => {
    const up = await t
      .http()
      .post(`${SITE}/media`)
      .set(bearer(tokens.contributor))
      .attach('file', await imageOnlyPdf(), 'ban-quet.pdf')
      .expect(201);
    const a = await draft('contributor', { body: `<p>Xem <a href="/api/v1/public/media/${up.body.id}/file">bản quét</a>.</p>` });
    await act('contributor', a.id, { action: 'submit' }).expect(201);
    const unscanned = [{ name: 'ban-quet.pdf', reading: 'scanned' }];
    const history = (await as('contributor').get(`/articles/${a.id}/history`).expect(200)).body.transitions;
    expect(history.find((x: { action: string }) => x.action === 'submit').details).toMatchObject({ unscannedAttachments: unscanned });
    const audit = (await as('chief').get(`/audit?targetId=${a.id}&pageSize=50`).expect(200)).body.items;
    expect(audit.find((e: { action: string }) => e.action === 'article.submit').details).toMatchObject({ unscannedAttachments: unscanned });
  });
});
