import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Where the built SPAs are: apps/<name>/dist, beside apps/api. */
export function appDist(name: 'admin' | 'public'): string {
  return resolve(__dirname, '..', '..', '..', '..', name, 'dist');
}

export interface SpaShells {
  admin: string | null;
  public: string | null;
}

/** Serve the admin SPA under /admin/ and the public portal at /, both from their Vite builds. */
export async function registerSpas(fastify: FastifyInstance): Promise<SpaShells> {
  const shells: SpaShells = { admin: null, public: null };
  for (const [name, prefix] of [
    ['public', '/'],
    ['admin', '/admin/'],
  ] as const) {
    const root = appDist(name);
    const index = join(root, 'index.html');
    if (!existsSync(index)) continue;
    shells[name] = readFileSync(index, 'utf8');
    await fastify.register(fastifyStatic, {
      root,
      prefix,
      decorateReply: false,
      index: false,
      // Files are listed once at start; unknown paths fall through to the shells below.
      wildcard: false,
      // Hashed assets never change; the HTML shells must always be revalidated.
      setHeaders: (reply, path) => reply.header('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
  }
  return shells;
}

/**
 * What a path that no route matched gets: a JSON 404 under /api, the admin shell (client-side routing)
 * under /admin, and elsewhere the public shell — 200 for a page that exists (the home page, a published
 * article), 404 for anything else, so the portal's own not-found page shows with the right status.
 */
export async function sendSpaFallback(
  req: FastifyRequest,
  reply: FastifyReply,
  shells: SpaShells,
  publicPageExists: (path: string, host: string | undefined) => Promise<boolean>,
): Promise<boolean> {
  const path = req.url.split('?')[0] ?? '/';
  if (path === '/api' || path.startsWith('/api/')) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if ((path === '/admin' || path.startsWith('/admin/')) && shells.admin) {
    void reply.status(200).type('text/html; charset=utf-8').header('Cache-Control', 'no-cache').send(shells.admin);
    return true;
  }
  if (shells.public) {
    const exists = path === '/' || (await publicPageExists(path, req.headers.host).catch(() => false));
    void reply
      .status(exists ? 200 : 404)
      .type('text/html; charset=utf-8')
      .header('Cache-Control', 'no-cache')
      .send(shells.public);
    return true;
  }
  return false;
}
