import type { AuditEntryResponse } from '@congxa/shared/dto/audit';
import type { CategoryResponse } from '@congxa/shared/dto/categories';
import type { Page } from '@congxa/shared/dto/common';
import type { FieldResponse } from '@congxa/shared/dto/fields';
import type { MemberResponse } from '@congxa/shared/dto/members';
import { bearer, createTestApp, DEMO_EMAILS, DEMO_SITE_SLUG, type DemoLogin, seedDemoAndLogin, type TestApp } from '../src/test-support/test-app';

const SITE = `/api/v1/sites/${DEMO_SITE_SLUG}`;
const FIELDS = `${SITE}/fields`;
const CATEGORIES = `${SITE}/categories`;
const nfd = (s: string) => s.normalize('NFD');

describe('fields and categories (HTTP)', () => {
  let t: TestApp;
  let tokens: Record<DemoLogin, string>;

  const fields = async (token = tokens.chief) => ((await t.http().get(FIELDS).set(bearer(token)).expect(200)).body as Page<FieldResponse>).items;
  const categories = async (token = tokens.chief) => ((await t.http().get(CATEGORIES).set(bearer(token)).expect(200)).body as Page<CategoryResponse>).items;
  const category = async (name: string) => (await categories()).find((c) => c.name === name)!;
  const audit = async (action: string) =>
    ((await t.http().get(`${SITE}/audit?action=${action}&pageSize=100`).set(bearer(tokens.chief)).expect(200)).body as Page<AuditEntryResponse>).items;

  beforeAll(async () => {
    t = await createTestApp();
    tokens = await seedDemoAndLogin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('fields', () => {
    it('should list the fields in Vietnamese order with slugs and member counts when a contributor reads them', async () => {
      const page = (await t.http().get(FIELDS).set(bearer(tokens.contributor)).expect(200)).body as Page<FieldResponse>;
      expect(page.total).toBe(6);
      expect(page.items.map((f) => [f.name, f.slug, f.memberCount])).toEqual([
        ['Bảo trợ xã hội', 'bao-tro-xa-hoi', 1],
        ['Chứng thực', 'chung-thuc', 1],
        ['Hộ tịch', 'ho-tich', 1],
        ['Kinh tế', 'kinh-te', 2],
        ['Quốc phòng - An ninh', 'quoc-phong-an-ninh', 0],
        ['Văn hóa - Xã hội', 'van-hoa-xa-hoi', 1],
      ]);
    });

    it('should create, rename and delete a field, storing NFC and logging each step, when the chief manages fields', async () => {
      const created = await t
        .http()
        .post(FIELDS)
        .set(bearer(tokens.chief))
        .send({ name: nfd('Tài nguyên - Môi trường') })
        .expect(201);
      const f = created.body as FieldResponse;
      expect(f).toMatchObject({ name: 'Tài nguyên - Môi trường', slug: 'tai-nguyen-moi-truong', memberCount: 0, revision: 1 });
      expect(f.name).toBe(f.name.normalize('NFC'));
      const [row] = await t.ds.query('SELECT name FROM fields WHERE id = $1', [f.id]);
      expect(row.name).toBe('Tài nguyên - Môi trường'.normalize('NFC'));
      expect((await fields()).map((x) => x.name)).toEqual([
        'Bảo trợ xã hội',
        'Chứng thực',
        'Hộ tịch',
        'Kinh tế',
        'Quốc phòng - An ninh',
        'Tài nguyên - Môi trường',
        'Văn hóa - Xã hội',
      ]);

      const renamed = await t
        .http()
        .patch(`${FIELDS}/${f.id}`)
        .set(bearer(tokens.chief))
        .send({ revision: 1, name: nfd('Tài nguyên và Môi trường') })
        .expect(200);
      expect(renamed.body).toMatchObject({ id: f.id, name: 'Tài nguyên và Môi trường', slug: 'tai-nguyen-va-moi-truong', revision: 2 });

      await t.http().delete(`${FIELDS}/${f.id}`).set(bearer(tokens.chief)).expect(204);
      expect((await fields()).map((x) => x.id)).not.toContain(f.id);

      const chief = expect.objectContaining({ email: DEMO_EMAILS.chief });
      expect(await audit('field')).toEqual([
        expect.objectContaining({ action: 'field.delete', targetId: f.id, actor: chief, details: { name: 'Tài nguyên và Môi trường' } }),
        expect.objectContaining({
          action: 'field.update',
          targetId: f.id,
          actor: chief,
          details: { name: { from: 'Tài nguyên - Môi trường', to: 'Tài nguyên và Môi trường' } },
        }),
        expect.objectContaining({ action: 'field.create', targetId: f.id, actor: chief, details: { name: 'Tài nguyên - Môi trường' } }),
      ]);
    });

    it('should answer 409 with the current state when a rename is based on a stale revision, and 409 NAME_TAKEN for a name that is already used', async () => {
      const f = (await t.http().post(FIELDS).set(bearer(tokens.chief)).send({ name: 'Giáo dục' }).expect(201)).body as FieldResponse;
      await t.http().patch(`${FIELDS}/${f.id}`).set(bearer(tokens.chief)).send({ revision: 1, name: 'Giáo dục - Đào tạo' }).expect(200);
      const stale = await t.http().patch(`${FIELDS}/${f.id}`).set(bearer(tokens.chief)).send({ revision: 1, name: 'Y tế' }).expect(409);
      expect(stale.body).toMatchObject({ code: 'REVISION_CONFLICT', details: { current: { id: f.id, name: 'Giáo dục - Đào tạo', revision: 2 } } });
      // Same slug once tones are folded: "Kinh te" is the field "Kinh tế".
      const dupCreate = await t.http().post(FIELDS).set(bearer(tokens.chief)).send({ name: 'Kinh te' }).expect(409);
      expect(dupCreate.body.code).toBe('NAME_TAKEN');
      const dupRename = await t.http().patch(`${FIELDS}/${f.id}`).set(bearer(tokens.chief)).send({ revision: 2, name: 'Văn hóa - Xã hội' }).expect(409);
      expect(dupRename.body.code).toBe('NAME_TAKEN');
      expect((await fields()).find((x) => x.id === f.id)).toMatchObject({ name: 'Giáo dục - Đào tạo', revision: 2 });
    });

    it('should answer 400 naming the field when a rename has no letters or digits to make a slug from', async () => {
      const f = (await fields())[0]!;
      const res = await t.http().patch(`${FIELDS}/${f.id}`).set(bearer(tokens.chief)).send({ revision: f.revision, name: '??' }).expect(400);
      expect(res.body.details[0]).toMatchObject({ field: 'name', rule: 'matches' });
    });

    it('should answer 403 on every field change when the caller is the deputy', async () => {
      const f = (await fields()).find((x) => x.name === 'Quốc phòng - An ninh')!;
      const attempts = [
        t.http().post(FIELDS).set(bearer(tokens.deputy)).send({ name: 'Lĩnh vực của Phó ban' }),
        t.http().patch(`${FIELDS}/${f.id}`).set(bearer(tokens.deputy)).send({ revision: f.revision, name: 'Đổi tên' }),
        t.http().delete(`${FIELDS}/${f.id}`).set(bearer(tokens.deputy)),
      ];
      for (const res of await Promise.all(attempts)) expect([res.status, res.body.code]).toEqual([403, 'FORBIDDEN']);
      expect((await fields()).find((x) => x.id === f.id)).toMatchObject({ name: 'Quốc phòng - An ninh', revision: f.revision });
    });

    it('should answer 409 FIELD_IN_USE and keep the assignments when the field is assigned to members', async () => {
      const kinhTe = (await fields()).find((x) => x.name === 'Kinh tế')!;
      const res = await t.http().delete(`${FIELDS}/${kinhTe.id}`).set(bearer(tokens.chief)).expect(409);
      expect(res.body).toMatchObject({ code: 'FIELD_IN_USE', message: 'Lĩnh vực đang được phân công cho thành viên.' });
      expect((await fields()).find((x) => x.id === kinhTe.id)).toMatchObject({ memberCount: 2 });
      const members = ((await t.http().get(`${SITE}/members`).set(bearer(tokens.chief)).expect(200)).body as Page<MemberResponse>).items;
      expect(members.find((m) => m.email === DEMO_EMAILS.editor)!.fields).toEqual([{ id: kinhTe.id, name: 'Kinh tế' }]);
    });
  });

  describe('categories', () => {
    it('should list the tree with each parent followed by its children when anyone on the site reads it', async () => {
      const items = await categories(tokens.contributor2);
      const byId = new Map(items.map((c) => [c.id, c.name]));
      expect(items.map((c) => [c.name, c.parentId ? byId.get(c.parentId) : null])).toEqual([
        ['Tin tức - Sự kiện', null],
        ['Tin chỉ đạo điều hành', 'Tin tức - Sự kiện'],
        ['Kinh tế', 'Tin tức - Sự kiện'],
        ['Văn hóa - Xã hội', 'Tin tức - Sự kiện'],
        ['Thông báo', null],
        ['Giới thiệu', null],
      ]);
      expect(items.find((c) => c.name === 'Văn hóa - Xã hội')!.slug).toBe('van-hoa-xa-hoi');
    });

    it('should derive the slug from a decomposed Vietnamese name, store the name in NFC and place the child under its parent when the deputy adds categories', async () => {
      const news = await category('Tin tức - Sự kiện');
      const notices = await category('Thông báo');
      const life = await t
        .http()
        .post(CATEGORIES)
        .set(bearer(tokens.deputy))
        .send({ name: nfd('Đời sống - Xã hội'), parentId: news.id, position: 5 })
        .expect(201);
      expect(life.body).toMatchObject({ name: 'Đời sống - Xã hội', slug: 'doi-song-xa-hoi', parentId: news.id, position: 5, revision: 1 });
      const [row] = await t.ds.query('SELECT name FROM categories WHERE id = $1', [life.body.id]);
      expect(row.name).toBe('Đời sống - Xã hội'.normalize('NFC'));
      const urgent = await t.http().post(CATEGORIES).set(bearer(tokens.deputy)).send({ name: 'Thông báo khẩn', parentId: notices.id }).expect(201);
      expect(urgent.body.slug).toBe('thong-bao-khan');

      expect((await categories()).map((c) => c.name)).toEqual([
        'Tin tức - Sự kiện',
        'Tin chỉ đạo điều hành',
        'Kinh tế',
        'Văn hóa - Xã hội',
        'Đời sống - Xã hội',
        'Thông báo',
        'Thông báo khẩn',
        'Giới thiệu',
      ]);
      const [logged] = await audit('category.create');
      expect(logged).toMatchObject({
        actor: { email: DEMO_EMAILS.deputy },
        targetId: urgent.body.id,
        details: { name: 'Thông báo khẩn', slug: 'thong-bao-khan', parentId: notices.id },
      });
    });

    it.each([
      ['the derived slug already exists', { name: 'Văn hóa – Xã hội' }],
      ['the derived slug already exists in another letter case', { name: 'THÔNG BÁO' }],
      ['the given slug already exists', { name: 'Thông tin mới', slug: 'gioi-thieu' }],
    ])('should answer 409 SLUG_TAKEN and add nothing when %s', async (_why, body) => {
      const before = (await categories()).length;
      const res = await t.http().post(CATEGORIES).set(bearer(tokens.chief)).send(body).expect(409);
      expect(res.body).toMatchObject({ code: 'SLUG_TAKEN', details: { field: 'slug' } });
      expect(await categories()).toHaveLength(before);
    });

    it('should answer 400 naming the slug when a given slug is not lower-case ASCII words joined by hyphens', async () => {
      const res = await t.http().post(CATEGORIES).set(bearer(tokens.chief)).send({ name: 'Thông tin', slug: 'Thông tin' }).expect(400);
      expect(res.body.details).toEqual([expect.objectContaining({ field: 'slug', rule: 'matches' })]);
    });

    it('should answer 422 CATEGORY_CYCLE and leave the tree as it was when a category is moved under itself or its own descendant', async () => {
      const news = await category('Tin tức - Sự kiện');
      const child = await category('Kinh tế');
      for (const parentId of [child.id, news.id]) {
        const res = await t.http().patch(`${CATEGORIES}/${news.id}`).set(bearer(tokens.deputy)).send({ revision: news.revision, parentId }).expect(422);
        expect(res.body).toMatchObject({ code: 'CATEGORY_CYCLE', message: 'Chuyên mục không thể nằm trong chính nó.' });
      }
      expect(await category('Tin tức - Sự kiện')).toEqual(news);
    });

    it('should move a category to the top level with the current revision and answer 409 with the current state for a stale one', async () => {
      const life = await category('Đời sống - Xã hội');
      const moved = await t
        .http()
        .patch(`${CATEGORIES}/${life.id}`)
        .set(bearer(tokens.deputy))
        .send({ revision: life.revision, parentId: null, position: 1, name: nfd('Đời sống') })
        .expect(200);
      expect(moved.body).toMatchObject({ parentId: null, position: 1, name: 'Đời sống', slug: 'doi-song-xa-hoi', revision: life.revision + 1 });
      const names = (await categories()).map((c) => c.name);
      // Siblings by position, then name: "Đời sống" and "Thông báo" both hold position 1.
      expect(names).toEqual([
        'Tin tức - Sự kiện',
        'Tin chỉ đạo điều hành',
        'Kinh tế',
        'Văn hóa - Xã hội',
        'Đời sống',
        'Thông báo',
        'Thông báo khẩn',
        'Giới thiệu',
      ]);

      const stale = await t
        .http()
        .patch(`${CATEGORIES}/${life.id}`)
        .set(bearer(tokens.chief))
        .send({ revision: life.revision, parentId: (await category('Giới thiệu')).id })
        .expect(409);
      expect(stale.body).toMatchObject({
        code: 'REVISION_CONFLICT',
        details: { current: { id: life.id, parentId: null, name: 'Đời sống', revision: life.revision + 1 } },
      });
      expect((await category('Đời sống')).parentId).toBeNull();
    });

    it('should answer 409 CATEGORY_HAS_CHILDREN for a parent and delete a leaf, logging it, when the deputy deletes categories', async () => {
      const notices = await category('Thông báo');
      const res = await t.http().delete(`${CATEGORIES}/${notices.id}`).set(bearer(tokens.deputy)).expect(409);
      expect(res.body.code).toBe('CATEGORY_HAS_CHILDREN');
      const urgent = await category('Thông báo khẩn');
      await t.http().delete(`${CATEGORIES}/${urgent.id}`).set(bearer(tokens.deputy)).expect(204);
      const names = (await categories()).map((c) => c.name);
      expect(names).toContain('Thông báo');
      expect(names).not.toContain('Thông báo khẩn');
      const [logged] = await audit('category.delete');
      expect(logged).toMatchObject({ actor: { email: DEMO_EMAILS.deputy }, targetId: urgent.id, details: { name: 'Thông báo khẩn', slug: 'thong-bao-khan' } });
      // Once its only child is gone the parent could go too — but it still holds the demo notice.
      const inUse = await t.http().delete(`${CATEGORIES}/${notices.id}`).set(bearer(tokens.chief)).expect(409);
      expect(inUse.body.code).toBe('CATEGORY_IN_USE');
    });

    it.each(['editor', 'contributor'] as const)('should answer 403 on category changes when the caller is the %s', async (who) => {
      const intro = await category('Giới thiệu');
      const attempts = [
        t.http().post(CATEGORIES).set(bearer(tokens[who])).send({ name: 'Chuyên mục riêng' }),
        t.http().patch(`${CATEGORIES}/${intro.id}`).set(bearer(tokens[who])).send({ revision: intro.revision, name: 'Đổi tên' }),
        t.http().delete(`${CATEGORIES}/${intro.id}`).set(bearer(tokens[who])),
      ];
      for (const res of await Promise.all(attempts)) expect([res.status, res.body.code]).toEqual([403, 'FORBIDDEN']);
      expect(await category('Giới thiệu')).toEqual(intro);
    });
  });
});
