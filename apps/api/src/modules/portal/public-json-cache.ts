import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type PublicCache, SITES_SCOPE } from '../../common/cache/public-cache';
import { matchesETag } from '../../common/http/etag';

/** A public JSON answer as it was sent: its bytes and the headers that describe them. */
interface KeptAnswer {
  body: string;
  etag: string;
  headers: Record<string, string>;
}

/** What the request was checked against on the way in: the site, the key and the site's generation then. */
interface Pending {
  siteId: string;
  key: string;
  gen: number;
}

const KEPT_HEADERS = ['content-type', 'etag', 'cache-control', 'vary'] as const;

/**
 * The public read API's answers, kept whole: a request for a public URL whose answer is kept is sent from
 * here, before Nest's routing, guards, pipes, the handler and the serialiser run — the answer the handler
 * made for the same site and URL, until the site's public content changes (the public cache's generations,
 * so a publish shows on the next request, in every process; docs/caching.md).
 *
 * Kept: `GET /api/v1/public/…` answers with status 200, an ETag and a text body, to requests without
 * credentials (media files are streams, and not kept). The ETag and 304 work as the handler's do.
 */
export class PublicJsonCache {
  private readonly pending = new WeakMap<FastifyRequest, Pending>();

  constructor(
    private readonly cache: PublicCache,
    private readonly siteOf: (host: string) => Promise<string | null>,
    private readonly prefix: string,
  ) {}

  /** Host → site id, while the sites' generation stands (a site created or its domains changed drops it). */
  private readonly hosts = new Map<string, { siteId: string; gen: number }>();

  /** The site of a Host header already looked up under the current sites generation (no promise on the hot path). */
  private knownSite(host: string): string | undefined {
    const known = this.hosts.get(host);
    return known && known.gen === this.cache.generation(SITES_SCOPE) ? known.siteId : undefined;
  }

  /** Look the site of a Host header up and remember it; at most a few hundred hosts are remembered. */
  private async site(host: string): Promise<string | null> {
    const gen = this.cache.generation(SITES_SCOPE);
    const siteId = await this.siteOf(host);
    // Unknown hosts are not remembered: anyone can send any Host header.
    if (siteId) {
      if (this.hosts.size >= 500) this.hosts.clear();
      this.hosts.set(host, { siteId, gen });
    }
    return siteId;
  }

  /** Before the compression plugin: the answer is seen as the handler's text, not as compressed bytes. */
  registerKeep(fastify: FastifyInstance): void {
    // A callback hook, not an async one: it runs on every answer, and most have nothing to keep.
    fastify.addHook('onSend', (req, reply, payload, done) => {
      const pending = this.pending.get(req);
      if (!pending) return done(null, payload);
      this.pending.delete(req);
      const etag = reply.getHeader('etag');
      if (reply.statusCode !== 200 || typeof payload !== 'string' || typeof etag !== 'string') return done(null, payload);
      const headers: Record<string, string> = {};
      for (const name of KEPT_HEADERS) {
        const value = reply.getHeader(name);
        if (typeof value === 'string') headers[name] = value;
      }
      this.cache.keep(pending.siteId, pending.key, pending.gen, { body: payload, etag, headers } satisfies KeptAnswer);
      done(null, payload);
    });
  }

  /** After the security headers' hook, so a kept answer carries them too. */
  registerServe(fastify: FastifyInstance): void {
    fastify.addHook('onRequest', async (req, reply) => {
      if (req.method !== 'GET' || !req.url.startsWith(this.prefix) || req.url.startsWith(`${this.prefix}media/`)) return undefined;
      if (req.headers.authorization !== undefined) return undefined;
      const host = req.headers.host ?? '';
      const siteId = this.knownSite(host) ?? (await this.site(host));
      if (!siteId) return undefined;
      const key = `json:${req.url}`;
      // Taken before the handler reads anything: a change committed meanwhile keeps its answer out.
      const gen = this.cache.generation(siteId);
      const kept = this.cache.peek<KeptAnswer>(siteId, key);
      if (!kept) {
        this.pending.set(req, { siteId, key, gen });
        return undefined;
      }
      void reply.headers(kept.headers);
      if (matchesETag(req.headers['if-none-match'], kept.etag)) return reply.status(304).send();
      return reply.status(200).send(kept.body);
    });
  }
}
