import 'reflect-metadata';
import { constants as zlib } from 'node:zlib';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import { Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule, type DatabaseTarget } from './app.module';
import { PublicCache } from './common/cache/public-cache';
import type { AppConfig } from './common/config/config';
import { frameworkErrors } from './common/errors/framework-errors';
import { isPortalPath, registerSpas, sendAdminShell } from './common/http/spa';
import { strictJsonParser } from './common/validation/json-body';
import { FEED_ROUTES } from './modules/feeds/feeds.controller';
import { SCHEDULE_ROUTES_AT_ROOT } from './modules/schedules/public-schedules.controller';
import { portalPageCache, siteIdOfHost } from './modules/portal/portal-cache';
import { PortalPages } from './modules/portal/portal-pages';
import { PortalRenderer } from './modules/portal/portal-renderer';
import { PublicJsonCache } from './modules/portal/public-json-cache';
import { SitesService } from './modules/sites/sites.service';

const LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

export const API_PREFIX = 'api/v1';

/** Longest path segment the router matches (Fastify's default of 100 is shorter than an article slug, 150). */
export const MAX_PARAM_LENGTH = 256;

/** Build the whole application (API, docs, SPAs) without listening: used by main.ts and by the tests. */
export async function createApp(config: AppConfig, database: DatabaseTarget): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    trustProxy: config.trustProxy as boolean | string[],
    bodyLimit: config.bodyLimitBytes,
    return503OnClosing: true,
    maxParamLength: MAX_PARAM_LENGTH,
    frameworkErrors,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, database), adapter, {
    logger: LEVELS[config.logLevel],
    bufferLogs: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  // JSON bodies: UTF-8 only, no byte-order mark, nesting bounded (see json-body.ts).
  app.useBodyParser('application/json', { bodyLimit: config.bodyLimitBytes }, strictJsonParser(fastify));

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'self'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: false,
  });
  // Public JSON answers kept whole per site and URL (seen here, before compression) and sent again before
  // routing (below, after the security headers) until the site's public content changes.
  const publicJson = new PublicJsonCache(app.get(PublicCache), siteIdOfHost(app.get(SitesService)), `/${API_PREFIX}/public/`);
  publicJson.registerKeep(fastify);
  // HTML and JSON answers compressed when the browser asks (brotli at a quality cheap enough per request,
  // else gzip); built assets are served precompressed by registerSpas instead.
  await app.register(compress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 6 },
  });
  await app.register(cookie);
  publicJson.registerServe(fastify);
  // Uploads (media library): one file per request; each route passes its own tighter limits.
  await app.register(multipart, {
    limits: { fileSize: Math.max(config.media.maxImageBytes, config.media.maxDocumentBytes), files: 1, fields: 8, fieldSize: 4096, parts: 9, headerPairs: 50 },
    throwFileSizeLimit: true,
  });

  // Feeds, sitemaps, robots.txt and the calendar feed answer at the portal's root (fixed public URLs), outside the API prefix.
  app.setGlobalPrefix(API_PREFIX, { exclude: [...FEED_ROUTES, ...SCHEDULE_ROUTES_AT_ROOT] });
  const doc = new DocumentBuilder()
    .setTitle('CongXa API')
    .setDescription('API của hệ thống CongXa (Trang thông tin điện tử cấp xã). Lỗi: {statusCode, code, message, details?}. Xem docs/api.md.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, doc), { jsonDocumentUrl: 'api/docs-json' });

  const shells = config.serveApps ? await registerSpas(fastify) : { admin: null };
  const renderer = config.serveApps ? await PortalRenderer.load() : null;
  const portal = renderer ? new PortalPages(fastify, renderer, portalPageCache(app.get(PublicCache), app.get(SitesService)), new Logger('Portal')) : null;
  fastify.addHook('onRequest', async (req, reply) => {
    // Paths no route matched: the admin shell under /admin (client-side routing), the portal's
    // server-rendered pages elsewhere outside /api; the rest goes on to Nest's JSON not-found answer.
    if (req.routeOptions.url !== undefined) return undefined;
    if (sendAdminShell(req, reply, shells)) return reply;
    if (portal && isPortalPath(req)) {
      await portal.send(req, reply);
      return reply;
    }
    return undefined;
  });

  // A callback hook (every answer passes here; an async one costs a promise each).
  fastify.addHook('onSend', (req, reply, payload, done) => {
    // Signed-in answers (and the auth routes, which hand out tokens and links) are never stored by a
    // browser or a proxy; public answers that set their own caching keep it, the rest are not stored either.
    if (
      req.url.startsWith(`/${API_PREFIX}/`) &&
      (req.headers.authorization !== undefined || req.url.startsWith(`/${API_PREFIX}/auth/`) || !reply.hasHeader('cache-control'))
    ) {
      void reply.header('Cache-Control', 'no-store');
    }
    done(null, payload);
  });

  await app.init();
  return app;
}
