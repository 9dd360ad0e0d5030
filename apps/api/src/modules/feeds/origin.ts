import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** What the feeds need of a request: the Host header (which site) and how the client reached us (absolute URLs). */
export interface FeedRequest {
  /** The Host header: resolves the site, as on every public route. */
  host: string | undefined;
  /** `http` or `https`; X-Forwarded-Proto is honoured only when TRUST_PROXY trusts the peer (Fastify's `req.protocol`). */
  protocol: string;
  /** Host and port the client used; X-Forwarded-Host under the same rule (Fastify's `req.host`). */
  authority: string;
}

export const feedRequestOf = (req: FastifyRequest): FeedRequest => ({ host: req.headers.host, protocol: req.protocol, authority: req.host });

/** The request as a FeedRequest (a parameter decorator, so the controllers stay one line). */
export const Feed = createParamDecorator((_data: unknown, ctx: ExecutionContext): FeedRequest =>
  feedRequestOf(ctx.switchToHttp().getRequest<FastifyRequest>()),
);

/** A host name (or IPv6 literal) with an optional port: nothing that could break out of a URL. */
const AUTHORITY = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * `https://xa.gov.vn`: the origin absolute URLs in feeds and sitemaps start with. A malformed host (it is
 * the client's to send) gives way to the site's first domain.
 */
export function originOf(r: FeedRequest, site: { domains: string[] }): string {
  const protocol = r.protocol === 'https' ? 'https' : 'http';
  const authority = AUTHORITY.test(r.authority) ? r.authority.toLowerCase() : (site.domains[0] ?? 'localhost');
  return `${protocol}://${authority}`;
}
