import type { Permission, SiteRole } from '@congxa/shared/authz';

export interface ActorSite {
  id: string;
  code: string;
  slug: string;
  name: string;
}

export interface ActorMembership {
  id: string;
  role: SiteRole;
  isStaff: boolean;
  fieldIds: string[];
}

/**
 * Who is acting. Built by the global guard for every request; background jobs use `systemActor()`
 * explicitly, never a default.
 */
export interface Actor {
  kind: 'user' | 'anonymous' | 'system';
  userId: string | null;
  email: string | null;
  fullName: string | null;
  isPlatformAdmin: boolean;
  /** The site named by the route (`:site`), when the route is site-scoped. */
  site: ActorSite | null;
  membership: ActorMembership | null;
  permissions: ReadonlySet<Permission>;
  clientAddress: string | null;
  /** The session (refresh-token family) the access token names (`sid`); absent for anonymous and system actors. */
  sessionId?: string | null;
}

export function anonymousActor(clientAddress: string | null): Actor {
  return {
    kind: 'anonymous',
    userId: null,
    email: null,
    fullName: null,
    isPlatformAdmin: false,
    site: null,
    membership: null,
    permissions: new Set(),
    clientAddress,
  };
}

export function systemActor(name: string): Actor {
  return {
    kind: 'system',
    userId: null,
    email: null,
    fullName: `SYSTEM:${name}`,
    isPlatformAdmin: false,
    site: null,
    membership: null,
    permissions: new Set(),
    clientAddress: null,
  };
}
