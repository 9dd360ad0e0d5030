import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';

const hooked = new WeakSet<object>();

/**
 * Lets a route raise Fastify's body limit with `@RouteConfig({ bodyLimit: bytes })`: Nest passes a route's
 * `config` to Fastify but not its `bodyLimit` option, so an `onRoute` hook copies one to the other. It is
 * installed when this provider is created, which is before Nest registers the routes (`app.init()`).
 * Everything else keeps the global `BODY_LIMIT`.
 */
@Injectable()
export class RouteBodyLimits {
  constructor(adapterHost: HttpAdapterHost) {
    const fastify = adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify || hooked.has(fastify)) return;
    hooked.add(fastify);
    fastify.addHook('onRoute', (route) => {
      const limit = (route.config as { bodyLimit?: unknown } | undefined)?.bodyLimit;
      if (typeof limit === 'number' && Number.isInteger(limit) && limit > 0 && route.bodyLimit === undefined) route.bodyLimit = limit;
    });
  }
}
