import type { CategoryResponse } from '@congxa/shared/dto/categories';
import type { ItemSummaryResponse, PresenceResponse } from '@congxa/shared/dto/content';
import type { FieldResponse } from '@congxa/shared/dto/fields';
import sharp from 'sharp';
import { bearer, createTestApp, DEMO_SITE_SLUG, type DemoLogin, seedDemoAndLogin, type TestApp } from '../src/test-support/test-app';

const SITE = `/api/v1/sites/${DEMO_SITE_SLUG}`;
/** A word no demo title holds: `q=${TAG}` narrows a list to what this file made. */
const TAG = 'zqxv';

describe('staff lists (filters, sorting), presence and the alt-text gate', () => {
  let t: TestApp;
  let tokens: Record<DemoLogin, string>;
  let kinhTe: FieldResponse;
  let vanHoa: FieldResponse;
  let category: CategoryResponse;
  let subcategory: CategoryResponse;
  const userIds = {} as Record<DemoLogin, string>;
  /** The items of the filter tests, by a short name. */
  const items: Record<'flood' | 'autumn' | 'daklak' | 'storm', { id: string; title: string }> = {} as never;

  const as = (who: DemoLogin) => ({
    get: (path: string) => t.http().get(`${SITE}${path}`).set(bearer(tokens[who])),
    post: (path: string, body: object) => t.http().post(`${SITE}${path}`).set(bearer(tokens[who])).send(body),
    patch: (path: string, body: object) => t.http().patch(`${SITE}${path}`).set(bearer(tokens[who])).send(body),
    delete: (path: string) => t.http().delete(`${SITE}${path}`).set(bearer(tokens[who])),
  });
  const act = (who: DemoLogin, id: string, body: object) => as(who).post(`/articles/${id}/transitions`, body);
  const sql = (text: string, params: unknown[] = []) => t.ds.query(text, params);

  /** A complete draft of `who` (ready to submit), with `extra` content. */
  async function draft(who: DemoLogin, title: string, extra: object = {}): Promise<{ id: string; title: string; revision: number }> {
    const created = await as(who).post('/articles', { title }).expect(201);
    const res = await as(who)
      .patch(`/articles/${created.body.id}`, {
        revision: created.body.revision,
        summary: 'Tóm tắt.',
        body: '<p>Nội dung.</p>',
        authorName: 'Người viết',
        authorAddress: 'Văn phòng UBND xã',
        noSecretConfirmed: true,
        ...extra,
      })
      .expect(200);
    return res.body;
  }

  /** The ids of a list answer, and the answer. */
  async function list(
    who: DemoLogin,
    query: string,
    type = 'articles',
  ): Promise<{ ids: string[]; titles: string[]; total: number; body: { items: ItemSummaryResponse[] } }> {
    const res = await as(who).get(`/${type}?${query}`).expect(200);
    return {
      ids: res.body.items.map((i: ItemSummaryResponse) => i.id),
      titles: res.body.items.map((i: ItemSummaryResponse) => i.title),
      total: res.body.total,
      body: res.body,
    };
  }
  const idsOf = (...names: (keyof typeof items)[]) => names.map((n) => items[n].id).sort();

  beforeAll(async () => {
    t = await createTestApp();
    tokens = await seedDemoAndLogin(t);
    const fields: FieldResponse[] = (await as('chief').get('/fields').expect(200)).body.items;
    kinhTe = fields.find((f) => f.name === 'Kinh tế')!;
    vanHoa = fields.find((f) => f.name === 'Văn hóa - Xã hội')!;
    category = (await as('chief').get('/categories').expect(200)).body.items.find((c: CategoryResponse) => c.slug === 'kinh-te');
    subcategory = (
      await as('chief')
        .post('/categories', { name: `Nông nghiệp ${TAG}`, parentId: category.id })
        .expect(201)
    ).body;
    const members = (await as('chief').get('/members?pageSize=100').expect(200)).body.items as { email: string; userId: string }[];
    for (const who of ['chief', 'deputy', 'editor', 'editor2', 'contributor', 'contributor2'] as DemoLogin[]) {
      userIds[who] = members.find((m) => m.email === `${who}@demo.local`)!.userId;
    }

    // flood: contributor, Kinh tế, category kinh-te, submitted. autumn: contributor, subcategory, no field, draft.
    // daklak: contributor2, Văn hóa, draft. storm: deputy, no category, draft, "100%" in its title.
    const flood = await draft('contributor', `Mưa lũ ở Hà Nội ${TAG}`, { categoryId: category.id, fieldId: kinhTe.id });
    await act('contributor', flood.id, { action: 'submit' }).expect(201);
    items.flood = flood;
    items.autumn = await draft('contributor', `Ha Noi mùa thu ${TAG}`, { categoryId: subcategory.id });
    items.daklak = await draft('contributor2', `Đắk Lắk vào mùa cà phê ${TAG}`, { fieldId: vanHoa.id });
    items.storm = await draft('deputy', `Bão số 3 làm hỏng 100% hoa màu ${TAG}`);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('filters', () => {
    it('should filter by one status or several', async () => {
      expect((await list('deputy', `q=${TAG}&status=submitted`)).ids).toEqual([items.flood.id]);
      expect((await list('deputy', `q=${TAG}&status=draft`)).ids.sort()).toEqual(idsOf('autumn', 'daklak', 'storm'));
      expect((await list('deputy', `q=${TAG}&status=draft,submitted`)).ids.sort()).toEqual(idsOf('flood', 'autumn', 'daklak', 'storm'));
      expect((await list('deputy', `q=${TAG}&status=published,archived`)).total).toBe(0);
    });

    it('should filter by field, author, and category with its subcategories', async () => {
      expect((await list('deputy', `q=${TAG}&fieldId=${kinhTe.id}`)).ids).toEqual([items.flood.id]);
      expect((await list('deputy', `q=${TAG}&fieldId=${vanHoa.id}`)).ids).toEqual([items.daklak.id]);
      expect((await list('deputy', `q=${TAG}&authorId=${userIds.contributor2}`)).ids).toEqual([items.daklak.id]);
      expect((await list('deputy', `q=${TAG}&authorId=${userIds.deputy}`)).ids).toEqual([items.storm.id]);
      expect((await list('deputy', `q=${TAG}&categoryId=${category.id}`)).ids.sort()).toEqual(idsOf('flood', 'autumn'));
      expect((await list('deputy', `q=${TAG}&categoryId=${subcategory.id}`)).ids).toEqual([items.autumn.id]);
      // A category of no item, or of another site, finds nothing (not an error).
      expect((await list('deputy', `categoryId=00000000-0000-4000-8000-000000000000`)).total).toBe(0);
    });

    it('should search titles with or without Vietnamese marks, and take % and _ literally', async () => {
      const haNoi = idsOf('flood', 'autumn');
      expect((await list('deputy', `q=${encodeURIComponent('ha noi')}`)).ids.sort()).toEqual(haNoi);
      expect((await list('deputy', `q=${encodeURIComponent('Hà Nội')}`)).ids.sort()).toEqual(haNoi);
      expect((await list('deputy', `q=${encodeURIComponent('HA  NỘI')}`)).ids.sort()).toEqual(haNoi);
      expect((await list('deputy', `q=${encodeURIComponent('dak lak')}`)).ids).toEqual([items.daklak.id]);
      expect((await list('deputy', `q=${encodeURIComponent('ĐẮK')}`)).ids).toEqual([items.daklak.id]);
      expect((await list('deputy', `q=${encodeURIComponent('100%')}`)).ids).toEqual([items.storm.id]);
      expect((await list('deputy', `q=${encodeURIComponent('%')}`)).ids).toEqual([items.storm.id]);
      expect((await list('deputy', `q=${encodeURIComponent('_')}`)).total).toBe(0);
      // Blank search: no filter.
      expect((await list('deputy', 'q=%20&pageSize=100')).total).toBe((await list('deputy', 'pageSize=100')).total);
    });

    it('should filter by the time of the last change: days in Vietnam, or moments with an offset', async () => {
      // 20:00 UTC on 10 January is 03:00 on 11 January in Vietnam.
      await sql(`UPDATE content_items SET updated_at = '2026-01-10T20:00:00Z' WHERE id = $1`, [items.flood.id]);
      await sql(`UPDATE content_items SET updated_at = '2026-01-12T10:00:00+07:00' WHERE id = $1`, [items.autumn.id]);
      const q = (range: string) => list('deputy', `q=${TAG}&${range}`).then((r) => r.ids.sort());
      expect(await q('updatedFrom=2026-01-11&updatedTo=2026-01-11')).toEqual([items.flood.id]);
      expect(await q('updatedTo=2026-01-10')).toEqual([]);
      expect(await q('updatedFrom=2026-01-11&updatedTo=2026-01-12')).toEqual(idsOf('flood', 'autumn'));
      expect(await q(`updatedFrom=${encodeURIComponent('2026-01-10T20:00:00Z')}&updatedTo=2026-01-13`)).toEqual(idsOf('flood', 'autumn'));
      // `updatedTo` is exclusive for a moment, and takes the whole day for a plain date.
      expect(await q(`updatedTo=${encodeURIComponent('2026-01-10T20:00:00Z')}`)).toEqual([]);
      expect(await q(`updatedFrom=2026-01-12&updatedTo=${encodeURIComponent('2026-01-12T10:00:00+07:00')}`)).toEqual([]);
      expect(await q('updatedFrom=2026-01-13')).toEqual(idsOf('daklak', 'storm'));
    });

    it('should combine filters, and keep paging with the total', async () => {
      expect((await list('deputy', `q=${TAG}&status=draft&authorId=${userIds.contributor}&categoryId=${category.id}`)).ids).toEqual([items.autumn.id]);
      expect((await list('deputy', `q=${TAG}&status=submitted&fieldId=${vanHoa.id}`)).total).toBe(0);
      const first = await list('deputy', `q=${TAG}&pageSize=3&sort=created&order=asc`);
      expect(first).toMatchObject({ total: 4, body: { page: 1, pageSize: 3 } });
      expect(first.ids).toEqual([items.flood.id, items.autumn.id, items.daklak.id]);
      const second = await list('deputy', `q=${TAG}&pageSize=3&page=2&sort=created&order=asc`);
      expect(second.ids).toEqual([items.storm.id]);
      const past = await list('deputy', `q=${TAG}&pageSize=3&page=5`);
      expect(past).toMatchObject({ ids: [], total: 4 });
    });

    it('should still show each caller only what they may read, whatever the filters', async () => {
      // The contributor sees their own two; contributor2 theirs; the deputy all four.
      expect((await list('contributor', `q=${TAG}`)).ids.sort()).toEqual(idsOf('flood', 'autumn'));
      expect((await list('contributor2', `q=${TAG}`)).ids).toEqual([items.daklak.id]);
      expect((await list('deputy', `q=${TAG}`)).ids.sort()).toEqual(idsOf('flood', 'autumn', 'daklak', 'storm'));
      // Filtering for someone else's items does not reveal them.
      expect((await list('contributor', `authorId=${userIds.contributor2}`)).total).toBe(0);
      expect((await list('contributor', `q=${TAG}&fieldId=${vanHoa.id}`)).total).toBe(0);
      expect((await list('contributor', `q=${TAG}&status=draft,submitted`)).ids.sort()).toEqual(idsOf('flood', 'autumn'));
      expect((await list('editor2', `q=${TAG}`)).total).toBe(0);
      // Assigned: the editor sees the flood item once it is theirs.
      await act('deputy', items.flood.id, { action: 'assign', assigneeId: userIds.editor }).expect(201);
      expect((await list('editor', `q=${TAG}&status=in_review`)).ids).toEqual([items.flood.id]);
      expect((await list('editor', `q=${TAG}`)).ids).toEqual([items.flood.id]);
    });

    it('should refuse bad filter values with 400 naming each field', async () => {
      const res = await as('deputy')
        .get('/articles?status=draft,bogus&fieldId=x&authorId=1&categoryId=&updatedFrom=2026-02-30&updatedTo=2026-01-01T08:00&sort=author&order=up')
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(
        ['authorId', 'categoryId', 'fieldId', 'order', 'sort', 'status', 'updatedFrom', 'updatedTo'].sort(),
      );
      const long = await as('deputy')
        .get(`/articles?q=${'a'.repeat(201)}`)
        .expect(400);
      expect(long.body.details).toEqual([expect.objectContaining({ field: 'q', rule: 'maxLength' })]);
    });

    it('should refuse a category filter on a type without categories (pages), with the field named', async () => {
      const res = await as('chief').get(`/pages?categoryId=${category.id}`).expect(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'categoryId', rule: 'notInType' }] });
      expect(res.body.details[0].message).toMatch(/chuyên mục/);
      // The other filters work on pages too.
      const pages = await list('chief', `status=published&sort=title&q=${encodeURIComponent('gioi thieu')}`, 'pages');
      expect(pages.titles).toEqual(['Giới thiệu xã Ân Hảo Đông']);
    });
  });

  describe('sorting', () => {
    it('should sort by title in Vietnamese order (ICU collation when the database has it)', async () => {
      const [{ icu }] = await sql(`SELECT EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'vi-x-icu') AS icu`);
      const extra = [`Dừa xiêm ${TAG}`, `Ăn Tết ${TAG}`, `Anh hùng ${TAG}`, `âm nhạc ${TAG}`];
      for (const title of extra) await as('deputy').post('/articles', { title }).expect(201);
      const asc = (await list('deputy', `q=${TAG}&sort=title&order=asc&pageSize=100`)).titles;
      const vi = new Intl.Collator('vi');
      const fold = (s: string) =>
        s
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/[đĐ]/g, 'd')
          .toLowerCase();
      const expected = [...asc].sort(icu ? vi.compare : (a, b) => (fold(a) < fold(b) ? -1 : fold(a) > fold(b) ? 1 : a < b ? -1 : 1));
      expect(asc).toEqual(expected);
      if (icu) {
        // Vietnamese letters: A < Ă < Â, D < Đ.
        expect(asc.indexOf(`Anh hùng ${TAG}`)).toBeLessThan(asc.indexOf(`Ăn Tết ${TAG}`));
        expect(asc.indexOf(`Ăn Tết ${TAG}`)).toBeLessThan(asc.indexOf(`âm nhạc ${TAG}`));
        expect(asc.indexOf(`Dừa xiêm ${TAG}`)).toBeLessThan(asc.indexOf(items.daklak.title));
      }
      const desc = (await list('deputy', `q=${TAG}&sort=title&order=desc&pageSize=100`)).titles;
      expect(desc).toEqual([...asc].reverse());
      // `title` defaults to A → Z.
      expect((await list('deputy', `q=${TAG}&sort=title&pageSize=100`)).titles).toEqual(asc);
    });

    it('should sort by creation, by last change (the default, newest first) and by status in chain order', async () => {
      const created = (await list('deputy', `q=${TAG}&sort=created&order=asc&pageSize=100`)).ids;
      expect(created.slice(0, 4)).toEqual([items.flood.id, items.autumn.id, items.daklak.id, items.storm.id]);
      expect((await list('deputy', `q=${TAG}&sort=created&pageSize=100`)).ids).toEqual([...created].reverse());
      await as('contributor2').patch(`/articles/${items.daklak.id}`, { revision: 2, summary: 'Đổi tóm tắt.' }).expect(200);
      const byDefault = await list('deputy', `q=${TAG}&pageSize=100`);
      expect(byDefault.ids[0]).toBe(items.daklak.id);
      const times = byDefault.body.items.map((i) => i.updatedAt);
      expect(times).toEqual([...times].sort().reverse());
      expect((await list('deputy', `q=${TAG}&sort=updated&order=asc&pageSize=100`)).ids).toEqual([...byDefault.ids].reverse());
      const byStatus = (await list('deputy', `q=${TAG}&sort=status&pageSize=100`)).body.items.map((i) => i.status);
      expect(byStatus[byStatus.length - 1]).toBe('in_review');
      expect(new Set(byStatus.slice(0, -1))).toEqual(new Set(['draft']));
      expect((await list('deputy', `q=${TAG}&sort=status&order=desc&pageSize=100`)).body.items[0]!.status).toBe('in_review');
    });
  });

  describe('presence', () => {
    const beat = (who: DemoLogin, id: string, editing: boolean, type = 'articles') => as(who).post(`/${type}/${id}/presence`, { editing });

    it('should show two people each other, once per person, with since and editing', async () => {
      const id = items.autumn.id;
      const first = await beat('contributor', id, true).expect(200);
      expect(first.body).toEqual({ others: [] });
      const second = await beat('deputy', id, false).expect(200);
      const others = (second.body as PresenceResponse).others;
      expect(others).toEqual([{ user: { id: userIds.contributor, fullName: 'Hoàng Văn Cộng' }, since: expect.any(String), editing: true }]);
      const since = others[0]!.since;
      expect(Math.abs(Date.parse(since) - Date.now())).toBeLessThan(60_000);
      // The contributor's second tab, only reading: still one entry, still editing, same since.
      await beat('contributor', id, false).expect(200);
      const again = (await beat('deputy', id, false).expect(200)).body as PresenceResponse;
      expect(again.others).toEqual([{ user: { id: userIds.contributor, fullName: 'Hoàng Văn Cộng' }, since, editing: true }]);
      const back = (await beat('contributor', id, true).expect(200)).body as PresenceResponse;
      expect(back.others).toEqual([{ user: { id: userIds.deputy, fullName: 'Trần Thị Phó' }, since: expect.any(String), editing: false }]);
      const [{ n }] = await sql(`SELECT count(*)::int AS n FROM content_presence WHERE item_id = $1`, [id]);
      expect(n).toBe(2);
    });

    it('should forget someone whose last heartbeat is older than 30 s, and restart their since when they come back', async () => {
      const id = items.storm.id;
      await beat('chief', id, true).expect(200);
      const oldSince = ((await beat('deputy', id, true).expect(200)).body as PresenceResponse).others[0]!.since;
      await sql(`UPDATE content_presence SET seen_at = now() - interval '29 seconds', since = since - interval '1 hour' WHERE item_id = $1 AND user_id = $2`, [
        id,
        userIds.chief,
      ]);
      expect(((await beat('deputy', id, true).expect(200)).body as PresenceResponse).others).toHaveLength(1);
      await sql(`UPDATE content_presence SET seen_at = now() - interval '31 seconds' WHERE item_id = $1 AND user_id = $2`, [id, userIds.chief]);
      expect(((await beat('deputy', id, true).expect(200)).body as PresenceResponse).others).toEqual([]);
      await beat('chief', id, false).expect(200);
      const fresh = ((await beat('deputy', id, true).expect(200)).body as PresenceResponse).others[0]!;
      expect(fresh).toMatchObject({ user: { id: userIds.chief }, editing: false });
      expect(Date.parse(fresh.since)).toBeGreaterThanOrEqual(Date.parse(oldSince));
    });

    it('should prune heartbeats older than a few minutes on the next heartbeat anywhere', async () => {
      await beat('chief', items.flood.id, false).expect(200);
      await sql(`UPDATE content_presence SET seen_at = now() - interval '10 minutes' WHERE item_id = $1 AND user_id = $2`, [items.flood.id, userIds.chief]);
      await beat('deputy', items.daklak.id, false).expect(200);
      const rows = await sql(`SELECT 1 FROM content_presence WHERE item_id = $1 AND user_id = $2`, [items.flood.id, userIds.chief]);
      expect(rows).toHaveLength(0);
    });

    it('should drop me at once when I leave', async () => {
      const id = items.daklak.id;
      await beat('contributor2', id, true).expect(200);
      expect(((await beat('deputy', id, false).expect(200)).body as PresenceResponse).others).toHaveLength(1);
      await as('contributor2').delete(`/articles/${id}/presence`).expect(204);
      expect(((await beat('deputy', id, false).expect(200)).body as PresenceResponse).others).toEqual([]);
      // Leaving twice is harmless.
      await as('contributor2').delete(`/articles/${id}/presence`).expect(204);
    });

    it('should answer like a read for someone who may not read the item', async () => {
      const id = items.daklak.id;
      const get = await as('contributor').get(`/articles/${id}`).expect(404);
      const post = await beat('contributor', id, false).expect(404);
      expect(post.body.code).toBe(get.body.code);
      expect(post.body.code).toBe('ARTICLE_NOT_FOUND');
      await as('contributor').delete(`/articles/${id}/presence`).expect(404);
      await beat('deputy', '00000000-0000-4000-8000-000000000000', false).expect(404);
      expect(((await beat('deputy', id, false).expect(200)).body as PresenceResponse).others).toEqual([]);
    });

    it('should refuse a heartbeat without a boolean editing, naming the field', async () => {
      for (const body of [{}, { editing: 'yes' }, { editing: null }, { editing: true, extra: 1 }]) {
        const res = await as('deputy').post(`/articles/${items.storm.id}/presence`, body).expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
        expect(res.body.details.map((d: { field: string }) => d.field)).toEqual([Object.keys(body).includes('extra') ? 'extra' : 'editing']);
      }
    });

    it('should work for every type (pages)', async () => {
      const page = (await list('chief', 'status=published', 'pages')).ids[0]!;
      await beat('chief', page, true, 'pages').expect(200);
      const res = (await beat('deputy', page, false, 'pages').expect(200)).body as PresenceResponse;
      expect(res.others).toEqual([{ user: { id: userIds.chief, fullName: 'Nguyễn Văn Trưởng' }, since: expect.any(String), editing: true }]);
      await as('contributor').post(`/pages/${page}/presence`, { editing: false }).expect(404);
    });
  });

  describe('the item response', () => {
    it('should say whether the current revision is the live one', async () => {
      const page = (await list('chief', 'status=published', 'pages')).ids[0]!;
      expect((await as('chief').get(`/pages/${page}`).expect(200)).body.currentIsLive).toBe(true);
      expect((await as('deputy').get(`/articles/${items.storm.id}`).expect(200)).body.currentIsLive).toBe(false);
    });
  });

  describe('alt text, checked from submit on', () => {
    let shade = 0;
    /** A new image in the library (each one different: the library keeps one item per file). */
    async function image(who: DemoLogin): Promise<{ id: string; revision: number }> {
      shade += 40;
      const jpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: { r: shade, g: 140, b: 60 } } })
        .jpeg()
        .toBuffer();
      return (await t.http().post(`${SITE}/media`).set(bearer(tokens[who])).attach('file', jpeg, 'anh.jpg').expect(201)).body;
    }
    const src = (id: string) => `/api/v1/public/media/${id}/w640.webp`;

    it('should refuse submit naming the cover and each inline image without alt text, until both are fixed', async () => {
      const cover = await image('contributor');
      const inline = await image('contributor');
      const a = await draft('contributor', `Ảnh ruộng lúa ${TAG}`, {
        categoryId: category.id,
        fieldId: kinhTe.id,
        coverMediaId: cover.id,
        body: `<p>Ảnh:</p><img src="${src(inline.id)}" alt="Ruộng lúa"><img src="${src(inline.id)}" alt="">`,
      });
      const refused = await act('contributor', a.id, { action: 'submit' }).expect(422);
      expect(refused.body).toMatchObject({
        code: 'MEDIA_ALT_MISSING',
        details: {
          mediaIds: [cover.id, inline.id],
          places: [
            { place: 'cover', field: 'coverMediaId', mediaId: cover.id, reason: 'no_alt' },
            { place: 'body', field: 'body', position: 2, src: src(inline.id), mediaId: inline.id, reason: 'no_alt' },
          ],
        },
      });
      expect(refused.body.message).toMatch(/ảnh/i);
      expect((await as('contributor').get(`/articles/${a.id}`).expect(200)).body.status).toBe('draft');

      await t.http().patch(`${SITE}/media/${cover.id}`).set(bearer(tokens.contributor)).send({ revision: cover.revision, altText: 'Cánh đồng' }).expect(200);
      const still = await act('contributor', a.id, { action: 'submit' }).expect(422);
      expect(still.body.details.places).toEqual([expect.objectContaining({ place: 'body', position: 2 })]);

      const fixed = await as('contributor')
        .patch(`/articles/${a.id}`, {
          revision: a.revision,
          body: `<p>Ảnh:</p><img src="${src(inline.id)}" alt="Ruộng lúa"><img src="${src(inline.id)}" alt="Máy gặt">`,
        })
        .expect(200);
      await act('contributor', a.id, { action: 'submit', revision: fixed.body.revision }).expect(201);
    });

    it('should refuse verify when an image without alt text came in during review, and let it through once fixed', async () => {
      const pic = await image('contributor');
      const a = await draft('contributor', `Kiểm tra ảnh ${TAG}`, { categoryId: category.id, fieldId: kinhTe.id });
      await act('contributor', a.id, { action: 'submit' }).expect(201);
      await act('deputy', a.id, { action: 'assign', assigneeId: userIds.editor }).expect(201);
      const current = (await as('editor').get(`/articles/${a.id}`).expect(200)).body;
      const edited = await as('editor')
        .patch(`/articles/${a.id}`, { revision: current.revision, body: `<p>Nội dung.</p><img src="${src(pic.id)}">` })
        .expect(200);
      const refused = await act('editor', a.id, { action: 'verify' }).expect(422);
      expect(refused.body).toMatchObject({
        code: 'MEDIA_ALT_MISSING',
        details: { places: [{ place: 'body', position: 1, mediaId: pic.id, reason: 'no_alt' }] },
      });
      expect((await as('editor').get(`/articles/${a.id}`).expect(200)).body.status).toBe('in_review');
      await as('editor')
        .patch(`/articles/${a.id}`, { revision: edited.body.revision, body: `<p>Nội dung.</p><img src="${src(pic.id)}" alt="Hội nghị">` })
        .expect(200);
      await act('editor', a.id, { action: 'verify' }).expect(201);
    });

    it('should refuse an image of another site as not in the library', async () => {
      const a = await draft('contributor', `Ảnh lạ ${TAG}`, { categoryId: category.id, fieldId: kinhTe.id });
      const foreign = '99999999-9999-4999-8999-999999999999';
      const current = (await as('contributor').get(`/articles/${a.id}`).expect(200)).body;
      await as('contributor')
        .patch(`/articles/${a.id}`, { revision: current.revision, body: `<p>x</p><img src="${src(foreign)}" alt="Ảnh">` })
        .expect(200);
      const refused = await act('contributor', a.id, { action: 'submit' }).expect(422);
      expect(refused.body.details.places).toEqual([
        { place: 'body', field: 'body', position: 1, src: src(foreign), mediaId: foreign, reason: 'not_in_library' },
      ]);
    });
  });
});
