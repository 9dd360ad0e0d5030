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
}

/** Serve the admin SPA under /admin/ and the public portal's assets at /, both from their Vite builds. */
export async function registerSpas(fastify: FastifyInstance): Promise<SpaShells> {
  const shells: SpaShells = { admin: null };
  for (const [name, prefix] of [
    ['public', '/'],
    ['admin', '/admin/'],
  ] as const) {
    const root = appDist(name);
    const index = join(root, 'index.html');
    if (!existsSync(index)) continue;
    // The portal's index.html is the server renderer's template, never sent as it is.
    if (name === 'admin') shells.admin = readFileSync(index, 'utf8');
    await fastify.register(fastifyStatic, {
      root,
      prefix,
      decorateReply: false,
      index: false,
      // The builds carry .br and .gz beside each file (scripts/precompress.mjs): sent as the browser accepts.
      preCompressed: true,
      // Files are listed once at start; unknown paths fall through to the shells below.
      wildcard: false,
      // Hashed assets never change; the HTML shells must always be revalidated.
      setHeaders: (reply, path) => reply.header('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
  }
  return shells;
}

/**
 * The admin shell for a path under /admin that no route matched (the admin routes on the client). Other
 * paths are the public portal's, rendered on the server (modules/portal).
 */
export function sendAdminShell(req: FastifyRequest, reply: FastifyReply, shells: SpaShells): boolean {
  const path = req.url.split('?')[0] ?? '/';
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if ((path === '/admin' || path.startsWith('/admin/')) && shells.admin) {
    void reply.status(200).type('text/html; charset=utf-8').header('Cache-Control', 'no-cache').send(shells.admin);
    return true;
  }
  return false;
}

/** Is the path one the portal answers (not the API's, not the admin's)? */
export function isPortalPath(req: FastifyRequest): boolean {
  const path = req.url.split('?')[0] ?? '/';
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  return !(path === '/api' || path.startsWith('/api/') || path === '/admin' || path.startsWith('/admin/'));
}
