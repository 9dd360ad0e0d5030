import 'reflect-metadata';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import type { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule, type DatabaseTarget } from './app.module';
import type { AppConfig } from './common/config/config';
import { frameworkErrors } from './common/errors/framework-errors';
import { registerSpas, sendSpaFallback } from './common/http/spa';
import { strictJsonParser } from './common/validation/json-body';
import { PublicArticlesService } from './modules/articles/public-articles.service';

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
  await app.register(cookie);
  // Uploads (media library): one file per request; each route passes its own tighter limits.
  await app.register(multipart, {
    limits: { fileSize: Math.max(config.media.maxImageBytes, config.media.maxDocumentBytes), files: 1, fields: 8, fieldSize: 4096, parts: 9, headerPairs: 50 },
    throwFileSizeLimit: true,
  });

  app.setGlobalPrefix(API_PREFIX);
  const doc = new DocumentBuilder()
    .setTitle('CongXa API')
    .setDescription('API của hệ thống CongXa (Trang thông tin điện tử cấp xã). Lỗi: {statusCode, code, message, details?}. Xem docs/api.md.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, doc), { jsonDocumentUrl: 'api/docs-json' });

  const articles = app.get(PublicArticlesService);
  const shells = config.serveApps ? await registerSpas(fastify) : { admin: null, public: null };
  fastify.addHook('onRequest', async (req, reply) => {
    // Unknown paths outside /api are answered by the SPA shells before Nest's not-found handling.
    if (req.routeOptions.url === undefined && (await sendSpaFallback(req, reply, shells, (path, host) => articles.pageExists(path, host)))) return reply;
    return undefined;
  });

  fastify.addHook('onSend', async (req, reply) => {
    if (!req.url.startsWith(`/${API_PREFIX}/`)) return;
    // Signed-in answers (and the auth routes, which hand out tokens and links) are never stored by a
    // browser or a proxy; public answers that set their own caching keep it, the rest are not stored either.
    if (req.headers.authorization !== undefined || req.url.startsWith(`/${API_PREFIX}/auth/`) || !reply.hasHeader('cache-control')) {
      void reply.header('Cache-Control', 'no-store');
    }
  });

  await app.init();
  return app;
}
