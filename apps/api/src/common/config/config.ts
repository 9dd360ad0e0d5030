import { isIP } from 'node:net';
import { resolve } from 'node:path';

/** Everything the API reads from the environment, parsed once. README lists each variable. */
export interface AppConfig {
  port: number;
  host: string;
  /** PostgreSQL URL; absent means the embedded PGlite database in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  /** Seed the demo site and accounts on an empty database. */
  demo: boolean;
  demoSiteCode: string;
  /** Slug or code of the site public requests fall back to when no domain matches. */
  defaultSite: string | null;
  /** Signing secret for access tokens; absent means one generated and kept in the database. */
  jwtSecret: string | null;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  /** Fastify's trustProxy: false, true, a hop count, or a list of addresses/CIDRs. */
  trustProxy: boolean | number | string[];
  bodyLimitBytes: number;
  /** Base URL used in links sent to people (invitations, password resets). */
  publicUrl: string;
  /** Serve the built SPAs (off in API-only tests). */
  serveApps: boolean;
  logLevel: 'error' | 'warn' | 'log' | 'debug';
  /** Media library: local folder or S3-compatible bucket, and upload limits. */
  media: MediaConfig;
  /** SMTP server for outgoing mail (`smtp://` or `smtps://` URL); absent means mail is held in the outbox. */
  smtpUrl: string | null;
  /** Sender of outgoing mail. */
  smtpFrom: string;
  /** How often the scheduler looks for articles to publish or take down (0 = never, e.g. in tests). */
  schedulerIntervalMs: number;
  /** The public reads' cache (common/cache/public-cache.ts). */
  publicCache: PublicCacheConfig;
}

export interface PublicCacheConfig {
  /** Most entries kept (least recently used go first); 0 turns the cache off. */
  maxEntries: number;
  /** Most bytes kept, as estimated from each value's JSON (or text) size. */
  maxBytes: number;
}

export interface S3Config {
  /** Endpoint URL of an S3-compatible service; null means AWS itself. */
  endpoint: string | null;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
}

export interface MediaConfig {
  /** Folder of the local-disk storage (unused when `s3` is set). */
  dir: string;
  maxImageBytes: number;
  maxDocumentBytes: number;
  /** Largest width × height of an image accepted (decompression bombs are refused before decoding). */
  maxPixels: number;
  /** S3-compatible storage instead of the local folder, when S3_BUCKET is set. */
  s3: S3Config | null;
}

export class ConfigError extends Error {}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.has(host) || (isIP(host) === 4 && host.startsWith('127.'));
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new ConfigError(`${name} must be an integer ≥ ${min}, got "${raw}"`);
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be 0 or 1, got "${raw}"`);
}

function trustProxy(raw: string | undefined): AppConfig['trustProxy'] {
  if (!raw || raw === '0' || raw === 'false') return false;
  if (raw === 'true' || raw === '1') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const host = env.HOST || '127.0.0.1';
  const port = int(env, 'PORT', 3000);
  const databaseUrl = env.DATABASE_URL || null;
  const demoFlag = flag(env, 'CONGXA_DEMO');
  // Demo accounts have a published password: on by default only for a loopback server with the
  // embedded database; anything else must ask for them explicitly.
  const demo = demoFlag ?? (databaseUrl === null && isLoopbackHost(host));
  const demoSiteCode = env.CONGXA_DEMO_SITE_CODE || '99999';
  if (!/^\d{5}$/.test(demoSiteCode)) throw new ConfigError('CONGXA_DEMO_SITE_CODE must be 5 digits');
  const jwtSecret = env.JWT_SECRET || null;
  if (jwtSecret !== null && jwtSecret.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters');
  const logLevel = (env.LOG_LEVEL || 'log') as AppConfig['logLevel'];
  if (!['error', 'warn', 'log', 'debug'].includes(logLevel)) throw new ConfigError('LOG_LEVEL must be error, warn, log or debug');
  const smtpUrl = env.SMTP_URL || null;
  if (smtpUrl !== null && !/^smtps?:\/\/[^/]/i.test(smtpUrl)) throw new ConfigError('SMTP_URL must be an smtp:// or smtps:// URL');
  const media = loadMediaConfig(env);
  return {
    port,
    host,
    databaseUrl,
    dataDir: resolve(env.CONGXA_DATA_DIR || 'data'),
    demo,
    demoSiteCode,
    defaultSite: env.DEFAULT_SITE || (demo ? 'an-hao-dong' : null),
    jwtSecret,
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL', 900, 30),
    refreshTokenTtlDays: int(env, 'REFRESH_TOKEN_TTL_DAYS', 30, 1),
    trustProxy: trustProxy(env.TRUST_PROXY),
    bodyLimitBytes: int(env, 'BODY_LIMIT', 1024 * 1024, 1024),
    publicUrl: (
      env.PUBLIC_URL || `http://${isLoopbackHost(host) || host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host}:${port}`
    ).replace(/\/$/, ''),
    serveApps: flag(env, 'CONGXA_SERVE_APPS') ?? true,
    logLevel,
    media,
    smtpUrl,
    smtpFrom: env.SMTP_FROM || 'CongXa <no-reply@localhost>',
    schedulerIntervalMs: int(env, 'CONGXA_SCHEDULER_INTERVAL_MS', 15_000),
    publicCache: { maxEntries: int(env, 'PUBLIC_CACHE_ENTRIES', 10_000), maxBytes: int(env, 'PUBLIC_CACHE_MB', 64) * 1024 * 1024 },
  };
}

function loadMediaConfig(env: NodeJS.ProcessEnv): MediaConfig {
  const s3Vars = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_REGION'];
  let s3: S3Config | null = null;
  if (s3Vars.some((name) => env[name])) {
    const missing = ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'].filter((name) => !env[name]);
    if (missing.length) throw new ConfigError(`S3 storage needs ${missing.join(', ')}`);
    const endpoint = env.S3_ENDPOINT || null;
    if (endpoint !== null && !/^https?:\/\/[^/]/i.test(endpoint)) throw new ConfigError('S3_ENDPOINT must be an http:// or https:// URL');
    s3 = {
      endpoint,
      bucket: env.S3_BUCKET!,
      region: env.S3_REGION || 'us-east-1',
      accessKeyId: env.S3_ACCESS_KEY_ID!,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
      forcePathStyle: flag(env, 'S3_FORCE_PATH_STYLE') ?? endpoint !== null,
    };
  }
  return {
    dir: resolve(env.MEDIA_DIR || resolve(env.CONGXA_DATA_DIR || 'data', 'media')),
    maxImageBytes: int(env, 'MEDIA_MAX_IMAGE_BYTES', 20 * 1024 * 1024, 1024),
    maxDocumentBytes: int(env, 'MEDIA_MAX_DOCUMENT_BYTES', 50 * 1024 * 1024, 1024),
    maxPixels: int(env, 'MEDIA_MAX_PIXELS', 40_000_000, 1),
    s3,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
