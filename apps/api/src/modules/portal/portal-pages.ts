import { createHash } from 'node:crypto';
import type { Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Fetcher, PortalRenderer } from './portal-renderer';

type Page = { status: number; redirect: string } | { status: number; html: string; etag: string };

/** Where rendered pages are kept: per site, dropped when the site's public content changes. */
export interface PageCache {
  /** The site id a Host header serves, or null for an unknown host (its pages are not cached). */
  siteOf(host: string): Promise<string | null>;
  get(siteId: string, key: string, compute: () => Promise<Page>): Promise<Page>;
}

const etagOf = (html: string) => `"${createHash('sha256').update(html).digest('base64url').slice(0, 32)}"`;

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
    // Pages may be kept by browsers and proxies but are revalidated on every use, so a change shows at once.
    void reply
      .status(page.status)
      .type('text/html; charset=utf-8')
      .header('Cache-Control', page.status >= 500 ? 'no-store' : 'public, max-age=0, must-revalidate')
      .header('Vary', 'Host')
      .header('ETag', page.etag);
    const match = req.headers['if-none-match'];
    if (page.status === 200 && match && match.split(',').some((t) => t.trim() === page.etag || t.trim() === `W/${page.etag}`)) {
      void reply.status(304).send();
      return;
    }
    void reply.send(page.html);
  }

  private async render(url: string, origin: string, host: string): Promise<Page> {
    const page = await this.renderer.render(url, origin, this.inProcess(host));
    if ('redirect' in page) return page;
    // A failing API (503) is not kept: the next request tries again.
    const done = { ...page, etag: etagOf(page.html) };
    if (page.status >= 500) throw Object.assign(new Error('API unavailable'), { page: done });
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
