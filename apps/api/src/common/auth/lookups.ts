import type { ActorMembership, ActorSite } from './actor';

/**
 * What the global guard and the JWT strategy need to know about sites, memberships and users. common/
 * never imports a domain module, so it declares these lookups and the modules implement them: the sites,
 * members and users services. They are abstract classes, not interfaces, so that they are Nest injection
 * tokens; app.module.ts binds the guard's two (`{ provide: SiteLookup, useExisting: SitesService }`), the
 * auth module binds the strategy's.
 */
export abstract class SiteLookup {
  /** The site a `:site` route parameter names (its slug or its 5-digit code), or null. */
  abstract siteForRoute(key: string): Promise<ActorSite | null>;
}

export abstract class MembershipLookup {
  /** The user's membership of the site, with the ids of their fields, or null. */
  abstract membershipOf(siteId: string, userId: string): Promise<ActorMembership | null>;
}

/** The subject of an access token as it is now: a token is good only while these still match it. */
export interface SessionUser {
  id: string;
  email: string;
  fullName: string;
  isPlatformAdmin: boolean;
  isActive: boolean;
  sessionVersion: number;
}

export abstract class UserLookup {
  abstract sessionUser(userId: string): Promise<SessionUser | null>;
}
