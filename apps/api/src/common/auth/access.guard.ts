import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { permissionScope, sitePermissions } from '@congxa/shared/authz';
import { AppException } from '../errors/app-exception';
import { ACCESS_KEY, type AccessRule } from './access.decorators';
import { type Actor, anonymousActor } from './actor';
import type { AuthenticatedUser } from './jwt.strategy';
import { MembershipLookup, SiteLookup } from './lookups';

type Request = FastifyRequest & { actor?: Actor; user?: AuthenticatedUser };

const JwtAuthGuard = AuthGuard('jwt');

/**
 * The global guard. It fails closed: a route that declares neither `@Public()` nor `@Authorize()` is
 * refused for everyone. For site-scoped permissions it resolves `:site` (slug or code) and the caller's
 * membership; a site the caller does not belong to answers 404, like a missing one.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('AccessGuard');
  private readonly jwt = new JwtAuthGuard();

  constructor(
    private readonly reflector: Reflector,
    private readonly sites: SiteLookup,
    private readonly members: MembershipLookup,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!rule) {
      this.logger.error(`Refused ${req.method} ${req.url}: the route declares no permission`);
      throw new AppException(403, 'ROUTE_NOT_DECLARED');
    }
    req.actor = anonymousActor(req.ip ?? null);
    if (rule.kind === 'public') return true;

    try {
      await this.jwt.canActivate(context);
    } catch {
      throw new AppException(401, 'UNAUTHENTICATED');
    }
    const user = req.user;
    if (!user) throw new AppException(401, 'UNAUTHENTICATED');

    const actor: Actor = {
      kind: 'user',
      userId: user.userId,
      email: user.email,
      fullName: user.fullName,
      isPlatformAdmin: user.isPlatformAdmin,
      site: null,
      membership: null,
      permissions: new Set(),
      clientAddress: req.ip ?? null,
      sessionId: user.sessionId,
    };
    req.actor = actor;

    const scope = permissionScope(rule.permission);
    if (scope === 'account') return true;
    if (scope === 'platform') {
      if (!user.isPlatformAdmin) throw new AppException(403, 'FORBIDDEN');
      return true;
    }

    const siteParam = (req.params as Record<string, string | undefined>).site;
    if (!siteParam) {
      this.logger.error(`Refused ${req.method} ${req.url}: site permission ${rule.permission} on a route without :site`);
      throw new AppException(403, 'ROUTE_NOT_DECLARED');
    }
    const site = await this.sites.siteForRoute(siteParam);
    if (!site) throw new AppException(404, 'SITE_NOT_FOUND');
    const membership = await this.members.membershipOf(site.id, user.userId);
    if (!membership && !user.isPlatformAdmin) throw new AppException(404, 'SITE_NOT_FOUND');

    actor.site = site;
    actor.membership = membership;
    actor.permissions = new Set(sitePermissions(membership?.role ?? null, user.isPlatformAdmin));
    if (!actor.permissions.has(rule.permission)) throw new AppException(403, 'FORBIDDEN');
    return true;
  }
}
