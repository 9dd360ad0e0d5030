import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { getMetadataStorage } from 'class-validator';
import sharp from 'sharp';
import { API_PREFIX } from '../src/bootstrap';
import { routeTable, servedPath } from '../src/common/auth/route-table';
import { DEMO_PASSWORD } from '../src/modules/demo/demo-content';
import { createTestApp, DEMO_SITE_SLUG, type DemoLogin, login, seedDemoAndLogin, type TestApp } from '../src/test-support/test-app';

/**
 * The guard against a whole class of bugs: hostile or careless input that answers 500. Every route of the
 * app (read from Nest's metadata, so a new route is walked without touching this file) is sent, by each
 * kind of caller, malformed bodies, every field of its request class with the wrong type, null, huge
 * numbers, huge and naughty strings, bad path parameters and bad paging. Nothing may answer 5xx; every
 * refusal must have the documented `{statusCode, code, message, details?}` shape; the app must be healthy
 * afterwards. Destructive routes (DELETE, logout, password changes) are walked last.
 */

type Role = 'anonymous' | Extract<DemoLogin, 'contributor' | 'chief' | 'admin'>;
const ROLES: Role[] = ['anonymous', 'contributor', 'chief', 'admin'];

interface Route {
  method: string;
  /** Full path with `:params`. */
  path: string;
  params: string[];
  body: (new () => object) | null;
  query: (new () => object) | null;
  /** Takes multipart/form-data (a handler reading the raw request). */
  upload: boolean;
}

interface RouteState {
  typesDone: boolean;
  naughtyDone: boolean;
  uploadDone: boolean;
}

interface Shot {
  method: string;
  url: string;
  headers?: Record<string, string>;
  payload?: string | Buffer;
}

type ValidationMetadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];

const PRIMITIVES = new Set<unknown>([String, Number, Boolean, Object, Array, undefined]);

/** Every route with its path, parameters and request classes, from Nest's own metadata. */
function walkableRoutes(t: TestApp): Route[] {
  const routes: Route[] = [];
  const served = servedPath(t.app, API_PREFIX);
  for (const mod of t.app.get(ModulesContainer).values()) {
    for (const wrapper of mod.controllers.values()) {
      const ctrl = wrapper.metatype as (new (...args: unknown[]) => object) | null;
      if (!ctrl) continue;
      const base = Reflect.getMetadata(PATH_METADATA, ctrl) as string | string[] | undefined;
      for (const name of Object.getOwnPropertyNames(ctrl.prototype)) {
        const handler = (ctrl.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const sub = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (sub === undefined || method === undefined) continue;
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, ctrl, name) ?? {}) as Record<string, { index: number }>;
        const types = (Reflect.getMetadata('design:paramtypes', ctrl.prototype, name) ?? []) as unknown[];
        const classOf = (kind: RouteParamtypes) => {
          const entry = Object.entries(args).find(([key]) => key.split(':')[0] === String(kind));
          const type = entry ? types[entry[1].index] : undefined;
          return type && !PRIMITIVES.has(type) ? (type as new () => object) : null;
        };
        const usesRequest = Object.keys(args).some((key) => key.split(':')[0] === String(RouteParamtypes.REQUEST));
        for (const b of [base].flat())
          for (const s of [sub].flat()) {
            const path = served(method, b, s);
            const body = classOf(RouteParamtypes.BODY);
            routes.push({
              method: RequestMethod[method],
              path,
              params: [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!),
              body,
              query: classOf(RouteParamtypes.QUERY),
              upload: RequestMethod[method] === 'POST' && !body && usesRequest && /\/(media|imports\/\w+)$/.test(path),
            });
          }
      }
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

/** The validation rules class-validator holds for a request class, by property. */
function rulesOf(cls: new () => object): Map<string, ValidationMetadata[]> {
  const out = new Map<string, ValidationMetadata[]>();
  for (const m of getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false)) {
    out.set(m.propertyName, [...(out.get(m.propertyName) ?? []), m]);
  }
  return out;
}

const NAUGHTY = [
  '\u200b\u200c\u200d\ufeff',
  'abc\u202egnp.exe',
  '👩‍👩‍👧‍👦 🏳️‍🌈 🇻🇳',
  'Nguyễn Thị Hòa ở Đắk Lắk'.normalize('NFD'),
  'lẻ \ud800 nửa',
  '\udc00',
  "'; DROP TABLE articles;--",
  '{{7*7}} ${7*7} <%= 7*7 %> #{7*7}',
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '<script>alert(1)</script><img src=x onerror=alert(1)>',
  '%00 %s %n %x \\u0000',
  'x\u0000y',
  '\u0007\u001b[31m',
  'dòng\r\nmới\ttab',
  '\uffff\ufffe',
  'null',
  'undefined',
  '-1',
  '1e21',
  ' ',
  '',
  '表ポあA鷗ŒéＢ逍Üßªąñ丂㐀𠀀',
];
/** For passwords and tokens (each attempt costs a password hash): the strings most likely to break storage. */
const NAUGHTY_SECRETS = ['lẻ \ud800 nửa', 'x\u0000y', 'Nguyễn'.normalize('NFD'), "'; DROP TABLE users;--"];
const HUGE_NUMBERS = [1e21, 2 ** 63, -(2 ** 63), 2 ** 31, Number.MAX_SAFE_INTEGER + 2, 1.5];
const LONG = 'Đ'.repeat(100_000);
const PATH_VALUES = [
  'not-a-uuid',
  '99999999999999999999',
  '2147483648',
  '-1',
  '0',
  '%00',
  '..',
  '%2e%2e',
  '..%2f..%2fetc%2fpasswd',
  '%ED%A0%80',
  '%F0%9F%98%80',
  '%E2%80%AE',
  '00000000-0000-0000-0000-000000000000',
  'x'.repeat(300),
  encodeURIComponent("'; DROP TABLE x;--"),
  encodeURIComponent('{{7*7}}'),
];
const QUERY_VALUES = [
  '1e21',
  '-1',
  'abc',
  '100000',
  '99999999999999999999',
  '92233720368547758',
  '',
  '%00',
  '%ED%A0%80',
  'x'.repeat(5000),
  '%uD800',
  encodeURIComponent('lẻ 👩‍👩‍👧 ‮'),
];

let xff = 0;
/** A fresh client address per request (TRUST_PROXY is on): the walk must not trip the sign-in throttles. */
const nextAddress = () => `198.51.${Math.floor(++xff / 250) % 250}.${(xff % 250) + 1}`;

describe('a walk of every route with bad input', () => {
  let t: TestApp;
  let mediaDir: string;
  let tokens: Record<DemoLogin, string>;
  const ids: Record<string, string> = {};
  const revisions = new Map<string, number>();
  const failures = new Set<string>();
  let sent = 0;
  let serial = 0;
  let port = 0;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });

  /**
   * One request over a kept-alive connection (node:http sends a path and headers exactly as given, which
   * supertest and fetch would re-encode). Null when node itself refuses to send it (a header value outside
   * Latin-1): no server ever sees such a request.
   */
  const raw = (method: string, path: string, headers: Record<string, string>, payload?: string | Buffer) =>
    new Promise<{ statusCode: number; text: string } | null>((resolve, reject) => {
      const body = payload === undefined ? undefined : Buffer.isBuffer(payload) ? payload : Buffer.from(payload);
      let req;
      try {
        req = request({ host: '127.0.0.1', port, method, path, agent, headers: { ...headers, ...(body ? { 'content-length': String(body.length) } : {}) } });
      } catch (err) {
        if ((err as { code?: unknown }).code === 'ERR_INVALID_CHAR') return resolve(null);
        return reject(err as Error);
      }
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ statusCode: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
      req.end(body);
    });

  const send = async (shot: Shot, role: Role): Promise<{ status: number; body: unknown }> => {
    // Public routes resolve the site from Host: the demo site answers to localhost.
    const host: Record<string, string> = shot.url.startsWith('/api/v1/public/') ? { host: 'localhost' } : {};
    const headers: Record<string, string> = { 'x-forwarded-for': nextAddress(), ...host, ...shot.headers };
    if (role !== 'anonymous') headers.authorization = `Bearer ${tokens[role]}`;
    const res = await raw(shot.method, shot.url, headers, shot.payload);
    if (!res) return { status: 0, body: null };
    sent++;
    let body: unknown;
    try {
      body = res.text ? JSON.parse(res.text) : null;
    } catch {
      body = res.text;
    }
    const where = `${role} ${shot.method} ${shot.url.slice(0, 160)} [${typeof shot.payload === 'string' ? shot.payload.slice(0, 120) : shot.payload ? 'bytes' : ''}]`;
    if (res.statusCode >= 500) failures.add(`${res.statusCode} ← ${where} ${JSON.stringify(body).slice(0, 200)}`);
    else if (res.statusCode >= 400) {
      const b = body as { statusCode?: unknown; code?: unknown; message?: unknown } | null;
      const shaped =
        !!b &&
        b.statusCode === res.statusCode &&
        typeof b.code === 'string' &&
        /^[A-Z][A-Z0-9_]*$/.test(b.code) &&
        typeof b.message === 'string' &&
        b.message !== '';
      const extra = b ? Object.keys(b).filter((k) => !['statusCode', 'code', 'message', 'details'].includes(k)) : [];
      if (!shaped || extra.length) failures.add(`shape ${res.statusCode} ← ${where} ${JSON.stringify(body).slice(0, 200)}`);
    }
    return { status: res.statusCode, body };
  };

  /** The value a property's rules accept (best effort), so one bad field at a time reaches the service. */
  const sample = (prop: string, rules: ValidationMetadata[], url: string): unknown => {
    const rule = (name: string) => rules.find((r) => r.name === name);
    const n = ++serial;
    const isIn = rule('isIn');
    if (isIn) {
      const allowed = isIn.constraints[0] as unknown[];
      return allowed.includes('contributor') ? 'contributor' : allowed.includes('submit') ? 'submit' : allowed[0];
    }
    if (rule('isUuid')) {
      const id = { categoryId: ids.category, parentId: ids.category, fieldId: ids.field, fieldIds: ids.field, coverMediaId: ids.media, assigneeId: ids.editor }[
        prop
      ];
      const value = id ?? '00000000-0000-4000-8000-000000000000';
      return rule('isUuid')!.each ? [value] : value;
    }
    if (rule('isEmail')) return `walk-${n}@example.com`;
    if (rule('isInt')) return prop === 'revision' ? (revisions.get(url) ?? 1) : ((rule('min')?.constraints[0] as number | undefined) ?? 1);
    if (rule('isBoolean')) return false;
    if (rule('isDateTime') || rule('isDateOrDateTime')) return prop === 'unpublishAt' ? '2099-02-01T08:00:00+07:00' : '2099-01-01T08:00:00+07:00';
    if (rules.some((r) => r.type === 'nestedValidation') || rule('isObject')) return undefined;
    const matches = rules.filter((r) => r.name === 'matches').map((r) => String(r.constraints[0]));
    if (matches.some((m) => m.includes('\\d{5}'))) return String(10000 + ((n * 7919) % 89999));
    if (matches.some((m) => m.includes('[a-z0-9]-?') || m.includes('[a-z0-9](?:[a-z0-9-]'))) return [`walk-${n}.example.com`];
    if (matches.length) return `walk-${n}`;
    if (rule('isArray')) return ['walk'];
    if (/password/i.test(prop)) return prop === 'currentPassword' ? 'not-the-password-1' : 'Walk-password-123';
    const min = (rule('minLength')?.constraints[0] as number | undefined) ?? 0;
    return `Walk value ${n}`.padEnd(min, 'x');
  };

  const baseline = (cls: new () => object, url: string): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [prop, rules] of rulesOf(cls)) {
      const v = sample(prop, rules, url);
      if (v !== undefined) out[prop] = v;
    }
    return out;
  };

  /** Remember the revision a resource answered with (after a save or in a 409), for the next body. */
  const learn = (url: string, res: { status: number; body: unknown }) => {
    const b = res.body as { revision?: unknown; code?: unknown; details?: { current?: { revision?: unknown } } } | null;
    if (res.status < 300 && typeof b?.revision === 'number') revisions.set(url, b.revision);
    if (b?.code === 'REVISION_CONFLICT' && typeof b.details?.current?.revision === 'number') revisions.set(url, b.details.current.revision);
  };

  const json = (method: string, url: string, payload: string, extra: Record<string, string> = {}): Shot => ({
    method,
    url,
    headers: { 'content-type': 'application/json', ...extra },
    payload,
  });

  const multipart = (parts: { name: string; value: string | Buffer; filename?: string }[]): { payload: Buffer; headers: Record<string, string> } => {
    const boundary = `----walk${++serial}`;
    const chunks: Buffer[] = [];
    for (const p of parts) {
      const disposition = `form-data; name="${p.name}"${p.filename !== undefined ? `; filename="${p.filename}"` : ''}`;
      chunks.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${p.filename !== undefined ? 'Content-Type: application/octet-stream\r\n' : ''}\r\n`,
        ),
      );
      chunks.push(typeof p.value === 'string' ? Buffer.from(p.value) : p.value);
      chunks.push(Buffer.from('\r\n'));
    }
    chunks.push(Buffer.from(`--${boundary}--\r\n`));
    return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
  };

  /** The concrete path of a route: each parameter replaced by a real value of the demo site. */
  const concrete = (route: Route, override: Record<string, string> = {}): string =>
    route.path.replace(/:(\w+)/g, (_m, name: string) => {
      if (override[name] !== undefined) return override[name]!;
      if (name === 'site') return route.method === 'PATCH' && route.path.endsWith('/sites/:site') ? ids.walkSite! : DEMO_SITE_SLUG;
      if (name === 'number') return '1';
      if (name === 'slug') return ids.publicSlug!;
      if (name === 'variant') return 'w320.webp';
      const before = route.path.split('/:id')[0]!.split('/').pop()!;
      const byCollection: Record<string, string | undefined> = {
        articles: ids.article,
        categories: ids.category,
        fields: ids.field,
        members: ids.member,
        media: ids.media,
        notifications: ids.notification,
      };
      return byCollection[before] ?? '00000000-0000-4000-8000-000000000000';
    });

  /**
   * Every request of the walk for one route and caller. What only the validation pipe or the service sees
   * (fields of the wrong type, naughty strings, uploads) is sent once per route: by the first caller the
   * guard lets through, the naughty strings by the first whose well-formed request succeeds (so they reach
   * the database), else by the last caller.
   */
  async function walk(route: Route, role: Role, state: RouteState, lastRole: boolean): Promise<void> {
    const url = concrete(route);
    const deep = ['['.repeat(5000) + ']'.repeat(5000), '{"a":'.repeat(3000) + '1' + '}'.repeat(3000)];

    // Path parameters, one at a time (the guard reads :site before anything else does).
    for (const param of route.params) for (const value of PATH_VALUES) await send({ method: route.method, url: concrete(route, { [param]: value }) }, role);

    // Bodies that are not an object at all, or not JSON, or too deep (parsed before the guard runs).
    if (route.method !== 'GET') {
      for (const raw of ['', '[]', '"a string"', 'null', '42', '{', '{"a":1}', ...deep]) await send(json(route.method, url, raw), role);
      await send(json(route.method, url, '\ufeff{}'), role);
      await send(json(route.method, url, '{}', { 'content-type': 'application/json; charset=utf-16' }), role);
      await send({ method: route.method, url, headers: { 'content-type': 'text/plain' }, payload: 'plain text' }, role);
      await send({ method: route.method, url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'a=1&__proto__[x]=1' }, role);
    }

    // A well-formed request tells whether the guard lets this caller through at all.
    const shoot = async (body: Record<string, unknown>) => {
      let res = await send(json(route.method, url, JSON.stringify(body)), role);
      learn(url, res);
      if ((res.body as { code?: unknown } | null)?.code === 'REVISION_CONFLICT' && 'revision' in body) {
        res = await send(json(route.method, url, JSON.stringify({ ...body, revision: revisions.get(url) })), role);
        learn(url, res);
      }
      return res;
    };
    const probe = route.body ? await shoot(baseline(route.body, url)) : route.method === 'GET' ? await send({ method: 'GET', url }, role) : null;
    if (probe && (probe.status === 401 || probe.status === 403)) return;

    // Paging and the query class's fields (a route without one only gets paging it must ignore).
    if (route.query) {
      for (const field of rulesOf(route.query).keys()) {
        for (const value of QUERY_VALUES) await send({ method: route.method, url: `${url}?${field}=${value}` }, role);
        await send({ method: route.method, url: `${url}?${field}=1&${field}=2` }, role);
        await send({ method: route.method, url: `${url}?${field}[a]=1` }, role);
      }
    } else if (route.method === 'GET') {
      await send({ method: 'GET', url: `${url}?page=1e21&pageSize=%00&x[a]=1` }, role);
    }

    if (route.body) {
      const rules = rulesOf(route.body);
      if (!state.typesDone) {
        state.typesDone = true;
        for (const prop of rules.keys()) {
          const wrong: unknown[] = [null, {}, [], true, 'not-a-number', 0, -1, ...HUGE_NUMBERS, LONG, [LONG], [null], [{}], { nested: { deeper: [1] } }];
          for (const value of wrong) await shoot({ ...baseline(route.body, url), [prop]: value });
        }
      }
      if (!state.naughtyDone && ((probe && probe.status < 400) || lastRole)) {
        state.naughtyDone = true;
        const textProps = [...rules]
          .filter(([, r]) => r.some((x) => x.name === 'isString' || x.name === 'maxLength' || x.name === 'isArray' || x.each))
          .map(([prop, r]) => ({ prop, isArray: r.some((x) => x.name === 'isArray' || x.each), secret: /password|token/i.test(prop) }));
        const withValue = (body: Record<string, unknown>, props: typeof textProps, str: string) =>
          Object.fromEntries([...Object.entries(body), ...props.map((p) => [p.prop, p.isArray ? [str] : str])]);
        for (const str of NAUGHTY) {
          const props = textProps.filter((p) => !p.secret || NAUGHTY_SECRETS.includes(str));
          if (!props.length) continue;
          // In every text field at once; when that is refused, one field at a time so each reaches the service.
          const all = await shoot(withValue(baseline(route.body, url), props, str));
          if (all.status < 400 || props.length === 1) continue;
          for (const p of props) await shoot(withValue(baseline(route.body, url), [p], str));
        }
      }
    }

    if (route.upload && role !== 'anonymous' && !state.uploadDone) {
      state.uploadDone = true;
      const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 10, g: 90, b: 160 } } })
        .png()
        .toBuffer();
      const isMedia = route.path.endsWith('/media');
      const file = route.path.endsWith('/txt') ? Buffer.from('Tiêu đề\n\nNội dung') : isMedia ? png : Buffer.from('not a docx');
      const texts = isMedia ? [...NAUGHTY, 'x'.repeat(5000)] : [];
      for (const altText of texts) {
        const form = multipart([
          { name: 'altText', value: altText },
          { name: 'file', value: file, filename: 'walk.png' },
        ]);
        await send({ method: 'POST', url, ...form }, role);
      }
      if (route.path.endsWith('/txt')) {
        for (const text of ['Tiêu đề\u0000\n\nNội dung\u0001\u0007', `${NAUGHTY.join('\n')}\n\nthân`, '\ufeff\n\n', 'a'.repeat(400)]) {
          await send({ method: 'POST', url, ...multipart([{ name: 'file', value: Buffer.from(text), filename: 'walk.txt' }]) }, role);
        }
      }
      for (const parts of [
        [{ name: 'file', value: file, filename: '../../etc/passwd' }],
        [{ name: 'file', value: file, filename: 'lẻ\ud800.png' }],
        [{ name: 'other', value: file, filename: 'walk.png' }],
        [{ name: 'file', value: Buffer.alloc(0), filename: 'empty.png' }],
        [
          { name: 'file', value: file, filename: 'a.png' },
          { name: 'file', value: file, filename: 'b.png' },
        ],
      ]) {
        await send({ method: 'POST', url, ...multipart(parts) }, role);
      }
      await send({ method: 'POST', url, headers: { 'content-type': 'multipart/form-data' }, payload: 'no boundary' }, role);
      await send({ method: 'POST', url, headers: { 'content-type': 'multipart/form-data; boundary=x' }, payload: '--x\r\nbroken' }, role);
    }
  }

  beforeAll(async () => {
    mediaDir = await mkdtemp(join(tmpdir(), 'congxa-walk-'));
    t = await createTestApp({ MEDIA_DIR: mediaDir, TRUST_PROXY: 'true' });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    tokens = await seedDemoAndLogin(t);
    const site = `/api/v1/sites/${DEMO_SITE_SLUG}`;
    const ok = async (shot: Shot, role: Role) => {
      const res = await send(shot, role);
      if (res.status >= 300) throw new Error(`fixture ${shot.method} ${shot.url}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body as Record<string, unknown>;
    };
    ids.field = (await ok(json('POST', `${site}/fields`, JSON.stringify({ name: 'Lĩnh vực của cuộc dạo' })), 'chief')).id as string;
    ids.category = (await ok(json('POST', `${site}/categories`, JSON.stringify({ name: 'Chuyên mục của cuộc dạo' })), 'chief')).id as string;
    ids.article = (await ok(json('POST', `${site}/articles`, JSON.stringify({ title: 'Tin của cuộc dạo' })), 'contributor')).id as string;
    ids.member = (
      await ok(json('POST', `${site}/members`, JSON.stringify({ email: 'walk-member@example.com', fullName: 'Thành viên dạo', role: 'contributor' })), 'chief')
    ).id as string;
    const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: { r: 200, g: 180, b: 20 } } })
      .png()
      .toBuffer();
    ids.media = (await ok({ method: 'POST', url: `${site}/media`, ...multipart([{ name: 'file', value: png, filename: 'walk.png' }]) }, 'contributor'))
      .id as string;
    ids.walkSite = (await ok(json('POST', '/api/v1/sites', JSON.stringify({ code: '60606', slug: 'xa-cuoc-dao', name: 'Xã Cuộc Dạo' })), 'admin'))
      .code as string;
    const members = (await ok({ method: 'GET', url: `${site}/members?pageSize=100` }, 'chief')).items as { userId: string; role: string }[];
    ids.editor = members.find((m) => m.role === 'editor')!.userId;
    const published = (await ok({ method: 'GET', url: '/api/v1/public/articles', headers: { host: 'localhost' } }, 'anonymous')).items as { slug: string }[];
    ids.publicSlug = published[0]?.slug ?? 'khong-co';
    const notes = (await ok({ method: 'GET', url: '/api/v1/me/notifications' }, 'chief')).items as { id: string }[];
    ids.notification = notes[0]?.id ?? '00000000-0000-4000-8000-000000000000';
  });

  afterAll(async () => {
    agent.destroy();
    await t.close();
    await rm(mediaDir, { recursive: true, force: true });
  });

  it('should walk every route the app declares (the route table read from Nest)', () => {
    const walked = walkableRoutes(t).map((r) => `${r.method} ${r.path}`);
    expect(walked).toEqual(routeTable(t.app, API_PREFIX).map((r) => `${r.method} ${r.path}`));
    expect(walked.length).toBeGreaterThan(40);
  });

  it('should answer every bad request of every route and caller without a 5xx, in the documented error shape', async () => {
    const routes = walkableRoutes(t);
    // What ends sessions or removes the fixtures goes last.
    const last = (r: Route) => r.method === 'DELETE' || /\/(logout|password)$/.test(r.path);
    const ordered = [...routes.filter((r) => !last(r)), ...routes.filter(last)];
    const started = Date.now();
    for (const route of ordered) {
      // A public route is the same for everyone: walk it anonymously and once with a token.
      const roles =
        route.path.includes('/public/') || route.path.includes('/auth/') || route.path.endsWith('/health') ? (['anonymous', 'chief'] as Role[]) : ROLES;
      const state: RouteState = { typesDone: false, naughtyDone: false, uploadDone: false };
      for (const [i, role] of roles.entries()) await walk(route, role, state, i === roles.length - 1);
    }
    // Headers a client controls: the site a public route resolves from Host, a broken token, a forged cookie.
    for (const host of ['localhost', 'LOCALHOST.', 'evil.example', 'x'.repeat(300), '[::1]:99999', '%00', 'xn--zz']) {
      for (const path of ['/api/v1/public/site', '/api/v1/public/articles', `/api/v1/public/articles/${ids.publicSlug}`]) {
        await send({ method: 'GET', url: path, headers: { host } }, 'anonymous');
      }
    }
    for (const authorization of ['Bearer', 'Bearer ', 'Bearer x.y.z', 'Bearer ' + 'a'.repeat(5000), 'Basic YTpi', 'Bearer lẻ']) {
      for (const path of ['/api/v1/me', `/api/v1/sites/${DEMO_SITE_SLUG}/articles`])
        await send({ method: 'GET', url: path, headers: { authorization } }, 'anonymous');
    }
    for (const cookie of ['congxa_refresh=garbage', 'congxa_refresh=%00', `congxa_refresh=${'a'.repeat(4000)}`, 'congxa_refresh=a.b.c; congxa_refresh=d']) {
      for (const path of ['/api/v1/auth/refresh', '/api/v1/auth/logout']) await send({ method: 'POST', url: path, headers: { cookie } }, 'anonymous');
    }
    expect([...failures].sort()).toEqual([]);
    expect(sent).toBeGreaterThan(5000);
    // Visible in the output when the walk grows slow.
    process.stdout.write(`bad-input walk: ${sent} requests over ${routes.length} routes in ${Math.round((Date.now() - started) / 1000)} s\n`);
  }, 240_000);

  it('should leave the app healthy: health answers 200 and a normal sign-in works', async () => {
    expect((await raw('GET', '/api/v1/health', {}))?.statusCode).toBe(200);
    expect(await login(t, 'chief@demo.local', DEMO_PASSWORD)).toEqual(expect.any(String));
  });
});
