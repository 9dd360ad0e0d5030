import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import type { Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { etagOf, matchesETag } from '../../common/http/etag';
import type { Fetcher, PortalRenderer } from './portal-renderer';

/** A rendered page, with its compressed forms (made once, when it is rendered) when it is worth it. */
type Html = { status: number; html: string; etag: string; br?: Buffer; gzip?: Buffer };
type Page = { status: number; redirect: string } | Html;
type Encoding = 'br' | 'gzip';

/** Where rendered pages are kept: per site, dropped when the site's public content changes. */
export interface PageCache {
  /** The site id a Host header serves, or null for an unknown host (its pages are not cached). */
  siteOf(host: string): Promise<string | null>;
  get(siteId: string, key: string, compute: () => Promise<Page>): Promise<Page>;
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
/** Smaller pages are sent as they are (the same threshold as the API's compression). */
const COMPRESS_FROM_BYTES = 1024;

/** The encoding to send, from the request's Accept-Encoding and what the page has: brotli, else gzip, else none. */
export function pickEncoding(accept: string | undefined, page: Pick<Html, 'br' | 'gzip'>): Encoding | null {
  const accepted = new Set<string>();
  for (const part of (accept ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  if (page.br && accepted.has('br')) return 'br';
  if (page.gzip && (accepted.has('gzip') || accepted.has('*'))) return 'gzip';
  return null;
}

/**
 * The public portal's pages, rendered on the server by the public app's server build and cached per site
 * and URL. The app reads the API in-process (Fastify's inject: no socket, same routes, same rules).
 */
export class PortalPages {
  constructor(
    private readonly fastify: FastifyInstance,
    private readonly renderer: PortalRenderer,
    private readonly cache: PageCache | null,
    private readonly logger: Logger,
  ) {}

  async send(req: FastifyRequest, reply: FastifyReply): Promise<void> {
    const host = req.headers.host ?? '';
    const url = req.url;
    const origin = `${req.protocol}://${host}`;
    const render = () => this.render(url, origin, host);
    const siteId = this.cache ? await this.cache.siteOf(host) : null;
    let page: Page;
    try {
      page = siteId && this.cache ? await this.cache.get(siteId, `page:${origin}${url}`, render) : await render();
    } catch (error) {
      const unavailable = (error as { page?: Page }).page;
      if (unavailable) return this.reply(req, reply, unavailable);
      this.logger.error(`Rendering ${url} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      void reply
        .status(500)
        .type('text/html; charset=utf-8')
        .header('Cache-Control', 'no-store')
        .send('<!doctype html><html lang="vi"><title>Lỗi</title><h1>Đã có lỗi, vui lòng thử lại sau.</h1></html>');
      return;
    }
    this.reply(req, reply, page);
  }

  private reply(req: FastifyRequest, reply: FastifyReply, page: Page): void {
    if ('redirect' in page) {
      void reply.status(page.status).header('Location', page.redirect).header('Cache-Control', 'public, max-age=0, must-revalidate').send();
      return;
    }
    // Sent from a request hook, outside the compression plugin's reach: the page carries its compressed forms.
    const encoding = pickEncoding(req.headers['accept-encoding'], page);
    // One strong validator per representation: a compressed form is not the same bytes.
    const etag = encoding ? `${page.etag.slice(0, -1)}-${encoding}"` : page.etag;
    // Pages may be kept by browsers and proxies but are revalidated on every use, so a change shows at once.
    void reply
      .status(page.status)
      .type('text/html; charset=utf-8')
      .header('Cache-Control', page.status >= 500 ? 'no-store' : 'public, max-age=0, must-revalidate')
      .header('Vary', 'Host, Accept-Encoding')
      .header('ETag', etag);
    if (page.status === 200 && matchesETag(req.headers['if-none-match'], etag)) {
      void reply.status(304).send();
      return;
    }
    if (encoding) void reply.header('Content-Encoding', encoding);
    void reply.send(encoding ? page[encoding] : page.html);
  }

  private async render(url: string, origin: string, host: string): Promise<Page> {
    const page = await this.renderer.render(url, origin, this.inProcess(host));
    if ('redirect' in page) return page;
    // A failing API (503) is not kept: the next request tries again.
    const done: Html = { status: page.status, html: page.html, etag: etagOf(page.html) };
    if (page.status >= 500) throw Object.assign(new Error('API unavailable'), { page: done });
    const size = Buffer.byteLength(page.html);
    if (size >= COMPRESS_FROM_BYTES) {
      // In the thread pool, once per rendered page; quality 5 is brotli's fast-but-small middle.
      [done.br, done.gzip] = await Promise.all([
        brotli(page.html, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: size } }),
        gzipped(page.html, { level: 6 }),
      ]);
    }
    return done;
  }

  /** The API as the server build sees it: the same routes, called in-process for the request's host. */
  private inProcess(host: string): Fetcher {
    return async (url, init) => {
      const res = await this.fastify.inject({ method: 'GET', url, headers: { ...init.headers, host } });
      return new Response(res.statusCode === 304 ? null : res.rawPayload, {
        status: res.statusCode,
        headers: { 'content-type': String(res.headers['content-type'] ?? '') },
      });
    };
  }
}
