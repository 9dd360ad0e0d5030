import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Public JSON: clients and proxies may store it but revalidate on every use, so a publish or unpublish is visible at once. */
const JSON_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

/** A strong ETag of a text (the first 192 bits of its SHA-256). */
export function etagOf(text: string): string {
  return `"${createHash('sha256').update(text).digest('base64url').slice(0, 32)}"`;
}

/** True when an If-None-Match header names `etag` (strongly or weakly). */
export function matchesETag(ifNoneMatch: string | undefined, etag: string): boolean {
  return !!ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim() === etag || t.trim() === `W/${etag}`);
}

/**
 * Set the validators and caching of a public answer; true (and the status 304) when the request's
 * If-None-Match already names this version, in which case nothing more should be sent.
 */
export function notModified(req: FastifyRequest, reply: FastifyReply, etag: string, cacheControl: string, vary: string): boolean {
  void reply.header('ETag', etag).header('Cache-Control', cacheControl).header('Vary', vary);
  if (matchesETag(req.headers['if-none-match'], etag)) {
    void reply.status(304);
    return true;
  }
  return false;
}

/**
 * Public reads: a strong ETag of the JSON body and revalidation on every use (max-age=0), so clients and
 * proxies may cache but a publish or unpublish is visible at once. Returns undefined after a 304.
 */
export function withETag<T>(req: FastifyRequest, reply: FastifyReply, body: T): T | undefined {
  return notModified(req, reply, etagOf(JSON.stringify(body)), JSON_CACHE_CONTROL, 'Host, Accept-Language') ? undefined : body;
}

/**
 * Public documents that are not JSON (feeds, sitemaps, robots.txt): the text with its content type, a
 * strong ETag and `cacheControl`. Returns undefined after a 304.
 */
export function withTextETag(req: FastifyRequest, reply: FastifyReply, contentType: string, text: string, cacheControl: string): string | undefined {
  void reply.type(contentType);
  return notModified(req, reply, etagOf(text), cacheControl, 'Host') ? undefined : text;
}
