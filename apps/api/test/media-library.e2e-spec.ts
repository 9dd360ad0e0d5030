import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { AuditEntryResponse } from '@congxa/shared/dto/audit';
import type { Page } from '@congxa/shared/dto/common';
import type { MediaDetailResponse, MediaResponse, UploadMediaResponse } from '@congxa/shared/dto/media';
import { bearer, createTestApp, DEMO_SITE_SLUG, type DemoLogin, seedDemoAndLogin, type TestApp } from '../src/test-support/test-app';

const SITE = `/api/v1/sites/${DEMO_SITE_SLUG}`;
const MEDIA = `${SITE}/media`;

/** A small PNG of its own colour (each call a different file, so no duplicates). */
let colour = 0;
const png = () =>
  sharp({ create: { width: 24, height: 16, channels: 3, background: { r: (colour += 37) % 256, g: (colour * 7) % 256, b: 90 } } })
    .png()
    .toBuffer();

describe('media library: captions, search, usage (HTTP)', () => {
  let t: TestApp;
  let tokens: Record<DemoLogin, string>;
  let mediaDir: string;

  /** Upload a new PNG and expect `status`. */
  const upload = async (who: DemoLogin, filename: string, fields: Record<string, string> = {}, status = 201) => {
    const data = await png();
    const req = t.http().post(MEDIA).set(bearer(tokens[who]));
    for (const [k, v] of Object.entries(fields)) void req.field(k, v);
    return req.attach('file', data, { filename, contentType: 'image/png' }).expect(status);
  };
  const list = async (query: string, who: DemoLogin = 'contributor') =>
    ((await t.http().get(`${MEDIA}?pageSize=100&${query}`).set(bearer(tokens[who])).expect(200)).body as Page<MediaResponse>).items;
  const detail = async (id: string, who: DemoLogin) => (await t.http().get(`${MEDIA}/${id}`).set(bearer(tokens[who])).expect(200)).body as MediaDetailResponse;
  const patch = (who: DemoLogin, id: string, body: object) => t.http().patch(`${MEDIA}/${id}`).set(bearer(tokens[who])).send(body);

  beforeAll(async () => {
    mediaDir = await mkdtemp(join(tmpdir(), 'congxa-media-library-'));
    t = await createTestApp({ MEDIA_DIR: mediaDir });
    tokens = await seedDemoAndLogin(t);
  });
  afterAll(async () => {
    await t.close();
    await rm(mediaDir, { recursive: true, force: true });
  });

  describe('captions', () => {
    it('should keep a trimmed NFC caption given at upload and show it in the item', async () => {
      const res = await upload('contributor', 'le-hoi.png', { altText: 'Lễ hội', caption: `  ${'Lễ hội cầu ngư năm 2026'.normalize('NFD')}  ` });
      const item = res.body as UploadMediaResponse;
      expect(item.caption).toBe('Lễ hội cầu ngư năm 2026');
      expect(item.caption!.normalize('NFC')).toBe(item.caption);
      expect((await detail(item.id, 'contributor')).caption).toBe('Lễ hội cầu ngư năm 2026');
    });

    it('should store no caption when an upload sends none or an empty one', async () => {
      expect(((await upload('contributor', 'khong-chu-thich.png')).body as MediaResponse).caption).toBeNull();
      expect(((await upload('contributor', 'chu-thich-rong.png', { caption: '   ' })).body as MediaResponse).caption).toBeNull();
    });

    it('should refuse a caption over 500 characters at upload with 400 naming caption', async () => {
      const res = await upload('contributor', 'dai.png', { caption: 'x'.repeat(501) }, 400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'caption', rule: 'maxLength' }] });
    });

    it('should set, change and clear the caption with PATCH, each change audited with from and to', async () => {
      const item = (await upload('contributor', 'cho-phien.png')).body as MediaResponse;
      const set = await patch('contributor', item.id, { revision: item.revision, caption: '  Chợ phiên sáng mùng 1  ' }).expect(200);
      expect(set.body).toMatchObject({ caption: 'Chợ phiên sáng mùng 1', altText: null, revision: item.revision + 1 });
      const cleared = await patch('editor', item.id, { revision: set.body.revision, caption: null }).expect(200);
      expect(cleared.body).toMatchObject({ caption: null, revision: item.revision + 2 });
      const emptied = await patch('editor', item.id, { revision: cleared.body.revision, caption: 'Tạm' }).expect(200);
      const viaEmpty = await patch('editor', item.id, { revision: emptied.body.revision, caption: '' }).expect(200);
      expect(viaEmpty.body.caption).toBeNull();

      const audit = (await t.http().get(`${SITE}/audit?action=media.update&targetId=${item.id}`).set(bearer(tokens.chief)).expect(200))
        .body as Page<AuditEntryResponse>;
      expect(audit.items.map((a) => a.details).reverse()).toEqual([
        { caption: { from: null, to: 'Chợ phiên sáng mùng 1' } },
        { caption: { from: 'Chợ phiên sáng mùng 1', to: null } },
        { caption: { from: null, to: 'Tạm' } },
        { caption: { from: 'Tạm', to: null } },
      ]);
    });

    it('should answer 409 REVISION_CONFLICT with the current item when a caption is saved on a stale revision', async () => {
      const item = (await upload('contributor', 'xung-dot.png')).body as MediaResponse;
      await patch('contributor', item.id, { revision: item.revision, caption: 'Bản A' }).expect(200);
      const stale = await patch('editor', item.id, { revision: item.revision, caption: 'Bản B' }).expect(409);
      expect(stale.body).toMatchObject({ code: 'REVISION_CONFLICT', details: { current: { id: item.id, caption: 'Bản A' } } });
    });

    it('should still refuse altText null with 400 naming altText, and a caption that is not text', async () => {
      const item = (await upload('contributor', 'null-alt.png')).body as MediaResponse;
      const alt = await patch('contributor', item.id, { revision: item.revision, altText: null }).expect(400);
      expect(alt.body.code).toBe('VALIDATION_FAILED');
      expect((alt.body.details as { field: string }[]).map((d) => d.field)).toEqual(expect.arrayContaining(['altText']));
      expect((alt.body.details as { field: string }[]).every((d) => d.field === 'altText')).toBe(true);
      const wrong = await patch('contributor', item.id, { revision: item.revision, caption: 42 }).expect(400);
      expect(wrong.body.details).toContainEqual(expect.objectContaining({ field: 'caption', rule: 'isString' }));
      const long = await patch('contributor', item.id, { revision: item.revision, caption: 'Đ'.repeat(501) }).expect(400);
      expect(long.body.details).toEqual([expect.objectContaining({ field: 'caption', rule: 'maxLength' })]);
    });

    it("should answer 403 MEDIA_EDIT_FORBIDDEN when a contributor captions someone else's upload", async () => {
      const item = (await upload('editor', 'cua-bien-tap.png')).body as MediaResponse;
      const res = await patch('contributor', item.id, { revision: item.revision, caption: 'Không phải của tôi' }).expect(403);
      expect(res.body.code).toBe('MEDIA_EDIT_FORBIDDEN');
    });
  });

  describe('search and the missing-alt filter', () => {
    let bridge: MediaResponse;
    let flood: MediaResponse;
    let noAlt: MediaResponse;

    beforeAll(async () => {
      bridge = (await upload('contributor', 'IMG_0042.png', { altText: 'Khánh thành cầu Đá Bàn', caption: 'Đường liên thôn' })).body as MediaResponse;
      flood = (await upload('contributor', 'Lũ lụt tháng 10.png', { altText: 'Nước ngập thôn Phú Hòa' })).body as MediaResponse;
      noAlt = (await upload('contributor', 'anh-chua-mo-ta.png', { caption: 'Hội nghị tổng kết' })).body as MediaResponse;
    });

    it.each([
      ['the alt text with its marks', 'Khánh thành', 'bridge'],
      ['the alt text without marks or case', 'KHANH THANH cau da ban', 'bridge'],
      ['the caption without marks', 'duong lien thon', 'bridge'],
      ['the file name without marks', 'lu lut', 'flood'],
      ['đ typed as d', 'da ban', 'bridge'],
      ['the caption of an image without alt text', 'hoi nghi tong ket', 'noAlt'],
    ])('should find an item by %s', async (_what, q, expected) => {
      const ids = (await list(`q=${encodeURIComponent(q)}`)).map((m) => m.id);
      const want = { bridge, flood, noAlt }[expected]!.id;
      expect(ids).toContain(want);
      expect(ids.length).toBe(1);
    });

    it('should find nothing when a word matches none of them, and treat % and _ as plain characters', async () => {
      expect(await list('q=khong-co-dau')).toEqual([]);
      expect(await list(`q=${encodeURIComponent('%')}`)).toEqual([]);
      // Only IMG_0042.png has an underscore: `_` is not LIKE's any-character here.
      expect((await list(`q=${encodeURIComponent('_')}`)).map((m) => m.id)).toEqual([bridge.id]);
    });

    it('should list only images without alt text when missingAlt=1, newest first', async () => {
      const items = await list('missingAlt=1');
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((m) => m.kind === 'image' && m.altText === null)).toBe(true);
      expect(items.map((m) => m.id)).toContain(noAlt.id);
      expect(items.map((m) => m.id)).not.toContain(bridge.id);
      expect((await list('missingAlt=1&q=hoi%20nghi')).map((m) => m.id)).toEqual([noAlt.id]);
      expect((await list('missingAlt=0&q=khanh')).map((m) => m.id)).toEqual([bridge.id]);
    });

    it.each([
      ['missingAlt=yes', 'missingAlt'],
      ['missingAlt=1&missingAlt=0', 'missingAlt'],
      [`q=${'x'.repeat(201)}`, 'q'],
      ['q=a&q=b', 'q'],
    ])('should refuse ?%s with 400 naming the parameter', async (query, field) => {
      const res = await t.http().get(`${MEDIA}?${query}`).set(bearer(tokens.contributor)).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect((res.body.details as { field: string }[]).map((d) => d.field)).toEqual(expect.arrayContaining([field]));
      expect((res.body.details as { field: string }[]).every((d) => d.field === field)).toBe(true);
    });
  });

  describe('where an item is used', () => {
    let cover: MediaResponse;
    let inline: MediaResponse;
    let unused: MediaResponse;
    let mine: { id: string; title: string };
    let editors: { id: string; title: string };

    const article = async (who: DemoLogin, title: string, fields: object) => {
      const created = await t.http().post(`${SITE}/articles`).set(bearer(tokens[who])).send({ title }).expect(201);
      await t
        .http()
        .patch(`${SITE}/articles/${created.body.id}`)
        .set(bearer(tokens[who]))
        .send({ revision: created.body.revision, ...fields })
        .expect(200);
      return { id: created.body.id as string, title };
    };

    beforeAll(async () => {
      cover = (await upload('contributor', 'anh-bia.png', { altText: 'Ảnh bìa' })).body as MediaResponse;
      inline = (await upload('contributor', 'anh-trong-bai.png', { altText: 'Ảnh trong bài' })).body as MediaResponse;
      unused = (await upload('contributor', 'chua-dung.png', { altText: 'Chưa dùng' })).body as MediaResponse;
      const img = `<p>Ảnh:</p><p><img src="/api/v1/public/media/${inline.id}/w640.webp" alt="Ảnh trong bài"></p>`;
      mine = await article('contributor', 'Bài của cộng tác viên', { coverMediaId: cover.id, body: img });
      editors = await article('editor', 'Bài của biên tập viên', { body: img });
    });

    it('should list every item using the image, by cover or in the body, with type, title and status, for the deputy and the chief', async () => {
      for (const who of ['deputy', 'chief'] as const) {
        const c = await detail(cover.id, who);
        expect(c.usage).toEqual([{ type: 'article', id: mine.id, title: mine.title, status: 'draft' }]);
        expect(c.hiddenUsageCount).toBe(0);
        const i = await detail(inline.id, who);
        expect(i.usage.map((u) => u.id).sort()).toEqual([mine.id, editors.id].sort());
        expect(i.hiddenUsageCount).toBe(0);
      }
    });

    it('should name only the items a contributor may read and count the others', async () => {
      const i = await detail(inline.id, 'contributor');
      expect(i.usage).toEqual([{ type: 'article', id: mine.id, title: mine.title, status: 'draft' }]);
      expect(i.hiddenUsageCount).toBe(1);
      expect(JSON.stringify(i)).not.toContain(editors.title);
      const e = await detail(inline.id, 'editor');
      expect(e.usage.map((u) => u.id)).toEqual([editors.id]);
      expect(e.hiddenUsageCount).toBe(1);
    });

    it('should answer an empty usage for an image nothing uses', async () => {
      expect(await detail(unused.id, 'chief')).toMatchObject({ id: unused.id, usage: [], hiddenUsageCount: 0 });
    });

    it('should stop listing an item once its current version no longer uses the image', async () => {
      const a = (await t.http().get(`${SITE}/articles/${mine.id}`).set(bearer(tokens.contributor)).expect(200)).body as { revision: number };
      await t.http().patch(`${SITE}/articles/${mine.id}`).set(bearer(tokens.contributor)).send({ revision: a.revision, coverMediaId: null }).expect(200);
      expect((await detail(cover.id, 'chief')).usage).toEqual([]);
    });

    it('should answer 404 MEDIA_NOT_FOUND for an id that is not in the library', async () => {
      const res = await t.http().get(`${MEDIA}/00000000-0000-4000-8000-000000000000`).set(bearer(tokens.chief)).expect(404);
      expect(res.body.code).toBe('MEDIA_NOT_FOUND');
    });
  });
});
