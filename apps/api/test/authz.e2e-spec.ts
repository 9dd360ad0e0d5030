import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Controller, Get, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { APP_GUARD } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { API_PREFIX } from '../src/bootstrap';
import { AccessGuard } from '../src/common/auth/access.guard';
import { formatRouteTable, routeTable } from '../src/common/auth/route-table';
import { MembershipLookup, SiteLookup } from '../src/common/auth/lookups';
import { ErrorFilter } from '../src/common/errors/error.filter';
import { bearer, createTestApp, DEMO_SITE_SLUG, type DemoLogin, seedDemoAndLogin, type TestApp } from '../src/test-support/test-app';

const SNAPSHOT = join(__dirname, 'route-permissions.snapshot.txt');

describe('authorization', () => {
  let t: TestApp;
  let tokens: Record<DemoLogin, string>;
  beforeAll(async () => {
    t = await createTestApp();
    tokens = await seedDemoAndLogin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('should match the committed METHOD path → permission snapshot (run with UPDATE_SNAPSHOTS=1 after a reviewed change)', () => {
    const table = formatRouteTable(routeTable(t.app, API_PREFIX));
    if (process.env.UPDATE_SNAPSHOTS === '1') writeFileSync(SNAPSHOT, table);
    expect(existsSync(SNAPSHOT)).toBe(true);
    expect(table).toBe(readFileSync(SNAPSHOT, 'utf8'));
  });

  it('should declare exactly one access rule on every route', () => {
    const undeclared = routeTable(t.app, API_PREFIX).filter((r) => r.access === 'UNDECLARED');
    expect(undeclared).toEqual([]);
  });

  // One request per (role, route): what each role can see of the demo site.
  const site = `/api/v1/sites/${DEMO_SITE_SLUG}`;
  const matrix: [string, string, Partial<Record<DemoLogin, number>>][] = [
    ['GET', site, { admin: 200, chief: 200, deputy: 200, editor: 200, contributor: 200 }],
    ['GET', `${site}/members`, { admin: 200, chief: 200, deputy: 200, editor: 200, contributor: 403 }],
    ['GET', `${site}/audit`, { admin: 200, chief: 200, deputy: 200, editor: 403, contributor: 403 }],
    ['GET', `${site}/fields`, { admin: 200, chief: 200, deputy: 200, editor: 200, contributor: 200 }],
    ['GET', `${site}/categories`, { admin: 200, chief: 200, deputy: 200, editor: 200, contributor: 200 }],
    ['GET', '/api/v1/sites', { admin: 200, chief: 403, deputy: 403, editor: 403, contributor: 403 }],
  ];
  for (const [method, path, expected] of matrix) {
    for (const [who, status] of Object.entries(expected) as [DemoLogin, number][]) {
      it(`should answer ${status} to ${who} on ${method} ${path}`, async () => {
        const res = await t.http().get(path).set(bearer(tokens[who]));
        expect(res.status).toBe(status);
        if (status === 403) expect(res.body.code).toBe('FORBIDDEN');
      });
    }
  }

  it('should answer 401 UNAUTHENTICATED without a token, with a forged token and with an expired one', async () => {
    expect((await t.http().get('/api/v1/me')).body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
    const forged = tokens.chief.slice(0, -4) + 'AAAA';
    expect((await t.http().get('/api/v1/me').set(bearer(forged))).status).toBe(401);
    const expired = await t.app
      .get((await import('@nestjs/jwt')).JwtService)
      .signAsync({ sub: 'x', sv: 1 }, { secret: 'test-secret-test-secret-test-secret-0123', expiresIn: -10 });
    expect((await t.http().get('/api/v1/me').set(bearer(expired))).status).toBe(401);
  });

  it('should mark every signed-in answer and every token-bearing auth answer Cache-Control: no-store', async () => {
    for (const path of ['/api/v1/me', `${site}/outbox`, `${site}/members`, `${site}/articles`, '/api/v1/sites/khong-ton-tai/members']) {
      const res = await t.http().get(path).set(bearer(tokens.chief));
      expect([path, res.headers['cache-control']]).toEqual([path, 'no-store']);
    }
    const login = await t.http().post('/api/v1/auth/login').send({ email: 'chief@demo.local', password: 'CongXa@demo1' }).expect(200);
    expect(login.headers['cache-control']).toBe('no-store');
    // A public answer that sets its own caching keeps it.
    const pub = await t.http().get('/api/v1/public/articles').set('Host', 'localhost');
    expect(pub.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
  });

  it('should answer 404 SITE_NOT_FOUND for a site that does not exist, as for one the caller is not in', async () => {
    const res = await t.http().get('/api/v1/sites/khong-ton-tai/members').set(bearer(tokens.chief));
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('SITE_NOT_FOUND');
  });
});

@Controller('probe')
class UndeclaredController {
  @Get()
  open(): string {
    return 'should never be served';
  }
}

@Module({
  controllers: [UndeclaredController],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: SiteLookup, useValue: {} },
    { provide: MembershipLookup, useValue: {} },
  ],
})
class ProbeModule {}

describe('the global guard', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [ProbeModule] }).compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
    app.useGlobalFilters(new ErrorFilter());
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });
  afterAll(async () => {
    await app.close();
  });

  it('should refuse a route that declares no permission (fails closed)', async () => {
    const res = await request(app.getHttpServer()).get('/probe');
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('ROUTE_NOT_DECLARED');
    expect(res.text).not.toContain('should never be served');
  });
});
