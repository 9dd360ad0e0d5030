import type { AuditEntryResponse } from '@congxa/shared/dto/audit';
import type { MeResponse } from '@congxa/shared/dto/auth';
import type { CategoryResponse } from '@congxa/shared/dto/categories';
import type { Page } from '@congxa/shared/dto/common';
import type { FieldResponse } from '@congxa/shared/dto/fields';
import type { MemberResponse } from '@congxa/shared/dto/members';
import type { SiteResponse } from '@congxa/shared/dto/sites';
import { Notifier } from '../src/common/notify/notifier';
import { bearer, createTestApp, DEMO_EMAILS, DEMO_SITE_SLUG, type DemoLogin, login, seedDemoAndLogin, type TestApp } from '../src/test-support/test-app';
import { DEMO_FIELDS } from '../src/modules/demo/demo-content';

const SITES = '/api/v1/sites';
const B = { code: '22015', slug: 'xa-binh-minh', name: 'Xã Bình Minh', domains: ['binhminh.gov.vn', 'www.binhminh.gov.vn'] };
const B_CHIEF = { email: 'truong@binhminh.gov.vn', fullName: 'Trương Văn Bình', password: 'BinhMinh2027x' };

type Call = [method: 'get' | 'post' | 'patch' | 'delete', path: string, body?: Record<string, unknown>];

/** Every site-scoped route, with ids of resources that exist in that site. */
function siteRoutes(site: string, ids: { member: string; field: string; category: string }): Call[] {
  const s = `${SITES}/${site}`;
  return [
    ['get', s],
    ['get', `${s}/members`],
    ['get', `${s}/members/${ids.member}`],
    ['post', `${s}/members`, { email: 'ke-la@example.vn', fullName: 'Kẻ Lạ', role: 'contributor' }],
    ['patch', `${s}/members/${ids.member}`, { revision: 1, isStaff: true }],
    ['delete', `${s}/members/${ids.member}`],
    ['get', `${s}/fields`],
    ['post', `${s}/fields`, { name: 'Lĩnh vực lạ' }],
    ['patch', `${s}/fields/${ids.field}`, { revision: 1, name: 'Đổi tên lạ' }],
    ['delete', `${s}/fields/${ids.field}`],
    ['get', `${s}/categories`],
    ['post', `${s}/categories`, { name: 'Chuyên mục lạ' }],
    ['patch', `${s}/categories/${ids.category}`, { revision: 1, name: 'Đổi tên lạ' }],
    ['delete', `${s}/categories/${ids.category}`],
    ['get', `${s}/audit`],
  ];
}

describe('sites (HTTP)', () => {
  let t: TestApp;
  let tokens: Record<DemoLogin, string>;
  let sendLink: jest.SpiedFunction<Notifier['sendLink']>;
  let siteB: SiteResponse;

  const call = (token: string, [method, path, body]: Call) => {
    const req = t.http()[method](path).set(bearer(token));
    return body ? req.send(body) : req;
  };
  const auditOf = async (site: string, token: string) =>
    ((await t.http().get(`${SITES}/${site}/audit?pageSize=100`).set(bearer(token)).expect(200)).body as Page<AuditEntryResponse>).items;
  const siteCount = async () => ((await t.http().get(SITES).set(bearer(tokens.admin)).expect(200)).body as Page<SiteResponse>).total;

  beforeAll(async () => {
    t = await createTestApp();
    tokens = await seedDemoAndLogin(t);
    sendLink = jest.spyOn(t.app.get(Notifier), 'sendLink');
  });
  afterAll(async () => {
    sendLink.mockRestore();
    await t.close();
  });

  describe('creation', () => {
    it('should create a site and list it when the platform admin posts a valid one', async () => {
      const res = await t.http().post(SITES).set(bearer(tokens.admin)).send(B).expect(201);
      siteB = res.body as SiteResponse;
      expect(siteB).toMatchObject({ ...B, revision: 1 });
      expect(siteB.id).toEqual(expect.any(String));
      const list = (await t.http().get(SITES).set(bearer(tokens.admin)).expect(200)).body as Page<SiteResponse>;
      expect(list).toMatchObject({ total: 2, page: 1 });
      expect(list.items.map((s) => s.slug).sort()).toEqual([DEMO_SITE_SLUG, B.slug]);
      const log = await auditOf(B.slug, tokens.admin);
      expect(log).toEqual([
        expect.objectContaining({
          action: 'site.create',
          targetType: 'site',
          targetId: siteB.id,
          actor: expect.objectContaining({ email: DEMO_EMAILS.admin }),
          details: { code: B.code, slug: B.slug },
        }),
      ]);
    });

    it.each([
      ['the code is not 5 digits', { code: '2201' }, 'code'],
      ['the code has a letter', { code: '2201a' }, 'code'],
      ['the slug has capitals and spaces', { slug: 'Xa Binh Minh' }, 'slug'],
      ['the slug has Vietnamese letters', { slug: 'xã-bình-minh' }, 'slug'],
      ['a domain carries a scheme', { domains: ['https://binhminh2.gov.vn'] }, 'domains'],
      ['the name is missing', { name: undefined }, 'name'],
    ])('should answer 400 VALIDATION_FAILED naming the field when %s', async (_why, override, field) => {
      const before = await siteCount();
      const res = await t
        .http()
        .post(SITES)
        .set(bearer(tokens.admin))
        .send({ code: '33333', slug: 'xa-hop-le', name: 'Xã Hợp Lệ', ...override })
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect((res.body.details as { field: string }[]).map((d) => d.field)).toContain(field);
      expect(await siteCount()).toBe(before);
    });

    it.each([
      ['the code is already used', { code: '99999' }, 'SITE_CODE_TAKEN', undefined],
      ['the slug is already used', { slug: DEMO_SITE_SLUG }, 'SITE_SLUG_TAKEN', undefined],
      ['a domain belongs to the demo site', { domains: ['xa-moi.gov.vn', 'localhost'] }, 'DOMAIN_TAKEN', { domains: ['localhost'] }],
      ['a domain belongs to another new site', { domains: ['www.binhminh.gov.vn'] }, 'DOMAIN_TAKEN', { domains: ['www.binhminh.gov.vn'] }],
    ])('should answer 409 and create nothing when %s', async (_why, override, code, details) => {
      const before = await siteCount();
      const res = await t
        .http()
        .post(SITES)
        .set(bearer(tokens.admin))
        .send({ code: '33333', slug: 'xa-hop-le', name: 'Xã Hợp Lệ', ...override })
        .expect(409);
      expect(res.body).toMatchObject({ statusCode: 409, code });
      if (details) expect(res.body.details).toEqual(details);
      expect(await siteCount()).toBe(before);
    });

    it('should refuse site administration with 403 when the caller is a chief and with 401 when nobody is signed in', async () => {
      const post = await t
        .http()
        .post(SITES)
        .set(bearer(tokens.chief))
        .send({ code: '44444', slug: 'xa-cua-truong-ban', name: 'Xã Của Trưởng Ban' })
        .expect(403);
      expect(post.body).toMatchObject({ code: 'FORBIDDEN', message: 'Bạn không có quyền thực hiện thao tác này.' });
      await t.http().get(SITES).set(bearer(tokens.chief)).expect(403);
      await t.http().patch(`${SITES}/${DEMO_SITE_SLUG}`).set(bearer(tokens.chief)).send({ revision: 1, name: 'Tên Mới' }).expect(403);
      await t.http().post(SITES).send({ code: '44444', slug: 'xa-vo-danh', name: 'Xã Vô Danh' }).expect(401);
      expect(await siteCount()).toBe(2);
    });
  });

  describe('races and edge cases', () => {
    it('should refuse a slug of five digits, which routes would read as a commune code', async () => {
      const res = await t.http().post(SITES).set(bearer(tokens.admin)).send({ code: '31111', slug: '32222', name: 'Xã Số' }).expect(400);
      expect(res.body.details).toContainEqual(expect.objectContaining({ field: 'slug', rule: 'matches' }));
    });

    it('should store domains in lower case when they are typed with capitals', async () => {
      const res = await t
        .http()
        .post(SITES)
        .set(bearer(tokens.admin))
        .send({ code: '31112', slug: 'xa-hoa-tan', name: 'Xã Hòa Tân', domains: ['HoaTan.Gov.VN'] })
        .expect(201);
      expect(res.body.domains).toEqual(['hoatan.gov.vn']);
    });

    it('should give one 201 and one 409 when two requests create the same code or claim the same domain at once', async () => {
      const post = (body: object) => t.http().post(SITES).set(bearer(tokens.admin)).send(body);
      const sameCode = await Promise.all([post({ code: '31113', slug: 'xa-mot', name: 'Xã Một' }), post({ code: '31113', slug: 'xa-hai', name: 'Xã Hai' })]);
      expect(sameCode.map((r) => r.status).sort()).toEqual([201, 409]);
      expect(sameCode.find((r) => r.status === 409)!.body.code).toBe('SITE_CODE_TAKEN');
      const sameDomain = await Promise.all([
        post({ code: '31114', slug: 'xa-ba', name: 'Xã Ba', domains: ['trung.gov.vn'] }),
        post({ code: '31115', slug: 'xa-bon', name: 'Xã Bốn', domains: ['trung.gov.vn'] }),
      ]);
      expect(sameDomain.map((r) => r.status).sort()).toEqual([201, 409]);
      expect(sameDomain.find((r) => r.status === 409)!.body.code).toBe('DOMAIN_TAKEN');
    });
  });

  describe('addressing and editing', () => {
    it('should find the same site by slug and by 5-digit code', async () => {
      const bySlug = await t.http().get(`${SITES}/${B.slug}`).set(bearer(tokens.admin)).expect(200);
      const byCode = await t.http().get(`${SITES}/${B.code}`).set(bearer(tokens.admin)).expect(200);
      expect(byCode.body).toEqual(bySlug.body);
      const demoByCode = await t.http().get(`${SITES}/99999`).set(bearer(tokens.contributor)).expect(200);
      expect(demoByCode.body).toMatchObject({ slug: DEMO_SITE_SLUG, code: '99999', name: 'Xã Ân Hảo Đông' });
      const missing = await t.http().get(`${SITES}/12121`).set(bearer(tokens.admin)).set('Accept-Language', 'en').expect(404);
      expect(missing.body).toEqual({ statusCode: 404, code: 'SITE_NOT_FOUND', message: 'Site not found.' });
    });

    it('should apply a change with the current revision and refuse a stale one with 409 and the current state', async () => {
      const ok = await t
        .http()
        .patch(`${SITES}/${B.code}`)
        .set(bearer(tokens.admin))
        .send({ revision: 1, name: 'Xã Bình Minh (mới)', domains: ['binhminh.gov.vn'] })
        .expect(200);
      expect(ok.body).toMatchObject({ name: 'Xã Bình Minh (mới)', domains: ['binhminh.gov.vn'], revision: 2 });

      const stale = await t.http().patch(`${SITES}/${B.slug}`).set(bearer(tokens.admin)).send({ revision: 1, name: 'Ghi đè' }).expect(409);
      expect(stale.body).toMatchObject({ code: 'REVISION_CONFLICT', details: { current: { id: siteB.id, name: 'Xã Bình Minh (mới)', revision: 2 } } });
      const now = await t.http().get(`${SITES}/${B.slug}`).set(bearer(tokens.admin)).expect(200);
      expect(now.body).toMatchObject({ name: 'Xã Bình Minh (mới)', revision: 2 });

      const taken = await t
        .http()
        .patch(`${SITES}/${B.slug}`)
        .set(bearer(tokens.admin))
        .send({ revision: 2, domains: ['binhminh.gov.vn', '127.0.0.1'] })
        .expect(409);
      expect(taken.body).toMatchObject({ code: 'DOMAIN_TAKEN', details: { domains: ['127.0.0.1'] } });
      const [update] = (await auditOf(B.slug, tokens.admin)).filter((r) => r.action === 'site.update');
      expect(update).toMatchObject({ targetId: siteB.id, details: { name: { from: B.name, to: 'Xã Bình Minh (mới)' } } });
    });
  });

  describe('isolation between sites', () => {
    let chiefB: string;
    const ids = { a: { member: '', field: '', category: '' }, b: { member: '', field: '', category: '' } };

    beforeAll(async () => {
      // The platform admin hands the new site its first chief, who sets a password from the link.
      sendLink.mockClear();
      const invited = await t
        .http()
        .post(`${SITES}/${B.code}/members`)
        .set(bearer(tokens.admin))
        .send({ email: B_CHIEF.email, fullName: B_CHIEF.fullName, role: 'chief' })
        .expect(201);
      const token = new URL(sendLink.mock.calls[0]![0].url).searchParams.get('token');
      await t.http().post('/api/v1/auth/password').send({ token, password: B_CHIEF.password }).expect(204);
      chiefB = await login(t, B_CHIEF.email, B_CHIEF.password);
      const field = await t.http().post(`${SITES}/${B.slug}/fields`).set(bearer(chiefB)).send({ name: 'Nông nghiệp' }).expect(201);
      const category = await t.http().post(`${SITES}/${B.slug}/categories`).set(bearer(chiefB)).send({ name: 'Tin Bình Minh' }).expect(201);
      ids.b = { member: (invited.body as MemberResponse).id, field: (field.body as FieldResponse).id, category: (category.body as CategoryResponse).id };

      const demo = `${SITES}/${DEMO_SITE_SLUG}`;
      const members = (await t.http().get(`${demo}/members`).set(bearer(tokens.chief)).expect(200)).body as Page<MemberResponse>;
      const fields = (await t.http().get(`${demo}/fields`).set(bearer(tokens.chief)).expect(200)).body as Page<FieldResponse>;
      const categories = (await t.http().get(`${demo}/categories`).set(bearer(tokens.chief)).expect(200)).body as Page<CategoryResponse>;
      ids.a = {
        member: members.items.find((m) => m.email === DEMO_EMAILS.contributor2)!.id,
        field: fields.items[0]!.id,
        category: categories.items.find((c) => c.slug === 'gioi-thieu')!.id,
      };
    });

    it('should show the new chief only their own site when they sign in', async () => {
      const me = (await t.http().get('/api/v1/me').set(bearer(chiefB)).expect(200)).body as MeResponse;
      expect(me.memberships.map((m) => [m.site.slug, m.role])).toEqual([[B.slug, 'chief']]);
    });

    it('should answer 404 SITE_NOT_FOUND on every route of the new site when the demo chief calls it', async () => {
      // Every route by slug; by code (resolved by the same guard) a read and the deletes.
      const byCode = siteRoutes(B.code, ids.b).filter(([method, path]) => (method === 'get' && path.endsWith('/members')) || method === 'delete');
      for (const c of [...siteRoutes(B.slug, ids.b), ...byCode]) {
        const res = await call(tokens.chief, c);
        expect([c[0], c[1], res.status, res.body.code]).toEqual([c[0], c[1], 404, 'SITE_NOT_FOUND']);
      }
      // Exactly what a site that does not exist answers: membership elsewhere reveals nothing.
      const notMine = await t.http().get(`${SITES}/${B.slug}`).set(bearer(tokens.chief)).expect(404);
      const missing = await t.http().get(`${SITES}/xa-khong-co`).set(bearer(tokens.chief)).expect(404);
      expect(notMine.body).toEqual(missing.body);
      const log = await auditOf(B.slug, chiefB);
      expect(log.filter((r) => r.actor?.email === DEMO_EMAILS.chief)).toEqual([]);
    });

    it('should answer 404 SITE_NOT_FOUND on every route of the demo site when the new chief calls it, and change nothing there', async () => {
      for (const c of siteRoutes(DEMO_SITE_SLUG, ids.a)) {
        const res = await call(chiefB, c);
        expect([c[0], c[1], res.status, res.body.code]).toEqual([c[0], c[1], 404, 'SITE_NOT_FOUND']);
      }
      const demo = `${SITES}/${DEMO_SITE_SLUG}`;
      await t.http().get(`${demo}/members/${ids.a.member}`).set(bearer(tokens.chief)).expect(200);
      const fields = (await t.http().get(`${demo}/fields`).set(bearer(tokens.chief)).expect(200)).body as Page<FieldResponse>;
      expect(fields.items.map((f) => f.id)).toContain(ids.a.field);
      // The demo's own fields, untouched by the other site's chief.
      expect(fields.total).toBe(DEMO_FIELDS.length);
    });

    it('should answer 404 when the new chief reaches the demo site’s records through their own site’s routes', async () => {
      const s = `${SITES}/${B.slug}`;
      const attempts: [Call, string][] = [
        [['get', `${s}/members/${ids.a.member}`], 'MEMBER_NOT_FOUND'],
        [['patch', `${s}/members/${ids.a.member}`, { revision: 1, role: 'chief' }], 'MEMBER_NOT_FOUND'],
        [['delete', `${s}/members/${ids.a.member}`], 'MEMBER_NOT_FOUND'],
        [['patch', `${s}/fields/${ids.a.field}`, { revision: 1, name: 'Chiếm đoạt' }], 'FIELD_NOT_FOUND'],
        [['delete', `${s}/fields/${ids.a.field}`], 'FIELD_NOT_FOUND'],
        [['patch', `${s}/categories/${ids.a.category}`, { revision: 1, name: 'Chiếm đoạt' }], 'CATEGORY_NOT_FOUND'],
        [['delete', `${s}/categories/${ids.a.category}`], 'CATEGORY_NOT_FOUND'],
      ];
      for (const [c, code] of attempts) {
        const res = await call(chiefB, c);
        expect([c[0], c[1], res.status, res.body.code]).toEqual([c[0], c[1], 404, code]);
      }
      // A demo category as parent, or a demo field on a member, is refused as unknown too.
      const parent = await call(chiefB, ['post', `${s}/categories`, { name: 'Con lạc', parentId: ids.a.category }]);
      expect([parent.status, parent.body.code]).toEqual([422, 'CATEGORY_NOT_FOUND']);
      const field = await call(chiefB, [
        'post',
        `${s}/members`,
        { email: 'btv@binhminh.gov.vn', fullName: 'Biên Tập Bình Minh', role: 'editor', fieldIds: [ids.a.field] },
      ]);
      expect([field.status, field.body.code]).toEqual([422, 'FIELD_NOT_FOUND']);
      const member = await t.http().get(`${SITES}/${DEMO_SITE_SLUG}/members/${ids.a.member}`).set(bearer(tokens.chief)).expect(200);
      expect(member.body).toMatchObject({ role: 'contributor', revision: 1 });
    });

    it('should keep each site’s actions out of the other site’s audit log', async () => {
      const bIds = new Set([siteB.id, ids.b.member, ids.b.field, ids.b.category]);
      const logA = await auditOf(DEMO_SITE_SLUG, tokens.chief);
      expect(logA.length).toBeGreaterThan(0);
      expect(logA.filter((r) => (r.targetId && bIds.has(r.targetId)) || r.actor?.email === B_CHIEF.email)).toEqual([]);
      expect(logA.map((r) => r.action)).not.toEqual(expect.arrayContaining(['site.create']));

      const logB = await auditOf(B.slug, chiefB);
      expect(new Set(logB.map((r) => r.action))).toEqual(
        new Set(['site.create', 'site.update', 'member.invite', 'auth.password_set', 'auth.login', 'field.create', 'category.create']),
      );
      expect(logB.filter((r) => r.actor?.email === DEMO_EMAILS.chief || r.action === 'demo.seed')).toEqual([]);
    });

    it('should apply each site’s own role when one person belongs to both sites', async () => {
      sendLink.mockClear();
      const added = await t
        .http()
        .post(`${SITES}/${B.slug}/members`)
        .set(bearer(chiefB))
        .send({ email: DEMO_EMAILS.editor, fullName: 'Lê Văn Biên', role: 'contributor' })
        .expect(201);
      expect(added.body).toMatchObject({ role: 'contributor', fullName: 'Lê Văn Biên' });
      // The person already has a password: no set-password link is sent for their account.
      expect(sendLink).not.toHaveBeenCalled();
      const me = (await t.http().get('/api/v1/me').set(bearer(tokens.editor)).expect(200)).body as MeResponse;
      expect(me.memberships.map((m) => [m.site.slug, m.role]).sort()).toEqual([
        [DEMO_SITE_SLUG, 'editor'],
        [B.slug, 'contributor'],
      ]);
      await t.http().get(`${SITES}/${DEMO_SITE_SLUG}/members`).set(bearer(tokens.editor)).expect(200);
      const inB = await t.http().get(`${SITES}/${B.slug}/members`).set(bearer(tokens.editor)).expect(403);
      expect(inB.body.code).toBe('FORBIDDEN');
    });
  });
});
