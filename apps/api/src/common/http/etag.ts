import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Public reads: a strong ETag of the JSON body and revalidation on every use (max-age=0), so clients and
 * proxies may cache but a publish or unpublish is visible at once. Returns undefined after a 304.
 */
export function withETag<T>(req: FastifyRequest, reply: FastifyReply, body: T): T | undefined {
  const etag = `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 32)}"`;
  void reply.header('ETag', etag).header('Cache-Control', 'public, max-age=0, must-revalidate').header('Vary', 'Host, Accept-Language');
  const match = req.headers['if-none-match'];
  if (match && match.split(',').some((t) => t.trim() === etag || t.trim() === `W/${etag}`)) {
    void reply.status(304);
    return undefined;
  }
  return body;
}
