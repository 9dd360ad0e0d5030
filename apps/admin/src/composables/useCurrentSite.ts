import type { Permission } from '@congxa/shared/authz';
import type { MembershipView } from '@congxa/shared/dto/auth';
import { computed, type ComputedRef } from 'vue';
import { useRoute } from 'vue-router';
import { useSessionStore } from '../modules/auth/stores/session';

export interface CurrentSite {
  /** The `:site` parameter of the route (a site slug), or null on pages outside a site. */
  slug: ComputedRef<string | null>;
  /** The signed-in user's membership of that site (null for a platform administrator who is not a member). */
  membership: ComputedRef<MembershipView | null>;
  /** Does the user hold `permission` in this site? (Convenience for showing things: the API decides.) */
  can(permission: Permission): boolean;
}

/** The site a screen works on: always the one in the URL (`/sites/:site/…`), so links can be shared. */
export function useCurrentSite(): CurrentSite {
  const route = useRoute();
  const session = useSessionStore();
  const slug = computed(() => (typeof route.params.site === 'string' && route.params.site ? route.params.site : null));
  const membership = computed(() => session.memberships.find((m) => m.site.slug === slug.value) ?? null);
  return {
    slug,
    membership,
    can: (permission) => slug.value !== null && session.can(permission, slug.value),
  };
}
