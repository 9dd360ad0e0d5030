import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { PLATFORM_ADMIN_SITE_PERMISSIONS, type Permission } from '@congxa/shared/authz';
import type { PolicyActor } from '@congxa/shared/workflow';
import type { LoginResponse, MembershipView, MeResponse, UserSummary } from '@congxa/shared/dto/auth';
import { HttpError, setHttpHooks } from '../../../core/http';
import * as authApi from '../api';

export type SessionStatus = 'unknown' | 'anonymous' | 'authenticated';
/** Why the last session ended, to tell the user on the sign-in page. */
export type SessionEndReason = 'expired' | 'loggedOut';

/**
 * The signed-in user. The access token lives in memory only (never localStorage): a reload restores the
 * session through the httpOnly refresh cookie (`restore()`).
 */
export const useSessionStore = defineStore('session', () => {
  const accessToken = ref<string | null>(null);
  const user = ref<UserSummary | null>(null);
  const memberships = ref<MembershipView[]>([]);
  const permissions = ref<Permission[]>([]);
  const signedInAt = ref<Date | null>(null);
  const status = ref<SessionStatus>('unknown');
  const endReason = ref<SessionEndReason | null>(null);

  const isAuthenticated = computed(() => status.value === 'authenticated');

  /**
   * Does the user hold `permission`? With `siteSlug`, through their membership of that site (a platform
   * administrator also holds the site-administration set on every site); without it, as an account or
   * platform permission. Hiding a button is convenience: the API decides.
   */
  function can(permission: Permission, siteSlug?: string): boolean {
    if (!isAuthenticated.value) return false;
    if (siteSlug === undefined) return permissions.value.includes(permission);
    const membership = memberships.value.find((m) => m.site.slug === siteSlug);
    if (membership?.permissions.includes(permission)) return true;
    return Boolean(user.value?.isPlatformAdmin) && PLATFORM_ADMIN_SITE_PERMISSIONS.includes(permission);
  }

  /**
   * The user as the shared row policies see them in one site (`canCreate`, `canOverrideClassification`, …):
   * the membership's role and permissions, plus the site-administration set of a platform administrator.
   */
  function policyActor(siteSlug: string): PolicyActor {
    if (!isAuthenticated.value || !user.value) return { kind: 'anonymous', userId: null, role: null, permissions: new Set() };
    const membership = memberships.value.find((m) => m.site.slug === siteSlug);
    const permissions = new Set<Permission>(membership?.permissions ?? []);
    if (user.value.isPlatformAdmin) PLATFORM_ADMIN_SITE_PERMISSIONS.forEach((p) => permissions.add(p));
    return { kind: 'user', userId: user.value.id, role: membership?.role ?? null, permissions };
  }

  function clear(): void {
    accessToken.value = null;
    user.value = null;
    memberships.value = [];
    permissions.value = [];
    signedInAt.value = null;
  }

  function applyMe(me: MeResponse): void {
    user.value = me.user;
    memberships.value = me.memberships;
    permissions.value = me.permissions;
  }

  async function start(response: LoginResponse): Promise<void> {
    accessToken.value = response.accessToken;
    user.value = response.user;
    applyMe(await authApi.fetchMe());
    signedInAt.value = new Date();
    endReason.value = null;
    status.value = 'authenticated';
  }

  async function login(email: string, password: string): Promise<void> {
    const response = await authApi.login({ email, password });
    try {
      await start(response);
    } catch (error) {
      clear();
      status.value = 'anonymous';
      throw error;
    }
  }

  let refreshing: Promise<boolean> | null = null;

  /** Swaps the refresh cookie for a new access token. Concurrent callers share one request. */
  function refresh(): Promise<boolean> {
    refreshing ??= (async () => {
      try {
        const response = await authApi.refresh();
        accessToken.value = response.accessToken;
        user.value = response.user;
        return true;
      } catch (error) {
        if (error instanceof HttpError && (error.status === 401 || error.status === 403)) {
          if (status.value === 'authenticated') endReason.value = 'expired';
          clear();
          status.value = 'anonymous';
        }
        return false;
      } finally {
        refreshing = null;
      }
    })();
    return refreshing;
  }

  let restoring: Promise<void> | null = null;

  /** At start-up: restore the session from the refresh cookie, once. */
  function restore(): Promise<void> {
    if (status.value !== 'unknown') return Promise.resolve();
    restoring ??= (async () => {
      try {
        const response = await authApi.refresh();
        await start(response);
      } catch {
        clear();
        status.value = 'anonymous';
      } finally {
        restoring = null;
      }
    })();
    return restoring;
  }

  async function reloadMe(): Promise<void> {
    applyMe(await authApi.fetchMe());
  }

  async function logout(): Promise<void> {
    try {
      if (accessToken.value) await authApi.logout();
    } catch {
      // The session ends here whatever the server says; the refresh cookie expires on its own.
    } finally {
      clear();
      endReason.value = 'loggedOut';
      status.value = 'anonymous';
    }
  }

  setHttpHooks({ accessToken: () => accessToken.value, refresh });

  return {
    accessToken,
    user,
    memberships,
    permissions,
    signedInAt,
    status,
    endReason,
    isAuthenticated,
    can,
    policyActor,
    login,
    refresh,
    restore,
    reloadMe,
    logout,
  };
});
