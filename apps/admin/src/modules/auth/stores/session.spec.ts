import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoginResponse, MeResponse } from '@congxa/shared/dto/auth';
import { HttpError, resetHttpHooks } from '../../../core/http';
import * as authApi from '../api';
import { useSessionStore } from './session';

vi.mock('../api', () => ({
  login: vi.fn(),
  refresh: vi.fn(),
  logout: vi.fn(),
  fetchMe: vi.fn(),
  requestPasswordReset: vi.fn(),
  setPassword: vi.fn(),
}));

const api = vi.mocked(authApi);

const user = { id: 'u1', email: 'chief@demo.local', fullName: 'Nguyễn Văn Trưởng', isPlatformAdmin: false };
const loginResponse: LoginResponse = { accessToken: 'access-1', expiresIn: 900, user };
const me: MeResponse = {
  user,
  permissions: ['account.read', 'account.update'],
  memberships: [
    {
      site: { id: 's1', code: '22222', slug: 'an-hao-dong', name: 'Xã Ân Hảo Đông' },
      role: 'chief',
      isStaff: true,
      fields: [],
      permissions: ['site.read', 'member.invite', 'member.remove'],
    },
    {
      site: { id: 's2', code: '33333', slug: 'an-hao-tay', name: 'Xã Ân Hảo Tây' },
      role: 'contributor',
      isStaff: false,
      fields: [],
      permissions: ['site.read'],
    },
  ],
};

describe('session store', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    resetHttpHooks();
    setActivePinia(createPinia());
  });

  describe('can', () => {
    it('should deny everything when nobody is signed in', () => {
      const session = useSessionStore();
      expect(session.can('site.read', 'an-hao-dong')).toBe(false);
      expect(session.can('account.read')).toBe(false);
    });

    it('should follow the membership of the named site when signed in', async () => {
      api.login.mockResolvedValue(loginResponse);
      api.fetchMe.mockResolvedValue(me);
      const session = useSessionStore();
      await session.login('chief@demo.local', 'secret');

      expect(session.can('member.remove', 'an-hao-dong')).toBe(true);
      expect(session.can('member.remove', 'an-hao-tay')).toBe(false);
      expect(session.can('site.read', 'an-hao-tay')).toBe(true);
      expect(session.can('site.read', 'mot-xa-khac')).toBe(false);
    });

    it('should check account permissions when no site is named', async () => {
      api.login.mockResolvedValue(loginResponse);
      api.fetchMe.mockResolvedValue(me);
      const session = useSessionStore();
      await session.login('chief@demo.local', 'secret');

      expect(session.can('account.update')).toBe(true);
      expect(session.can('platform.site.manage')).toBe(false);
      expect(session.can('member.remove')).toBe(false);
    });

    it('should grant site administration on any site when the user is a platform admin', async () => {
      const admin = { ...user, isPlatformAdmin: true };
      api.login.mockResolvedValue({ ...loginResponse, user: admin });
      api.fetchMe.mockResolvedValue({ user: admin, permissions: ['platform.site.manage'], memberships: [] });
      const session = useSessionStore();
      await session.login('admin@demo.local', 'secret');

      expect(session.can('member.invite', 'bat-ky-xa-nao')).toBe(true);
      expect(session.can('platform.site.manage')).toBe(true);
    });
  });

  describe('policyActor', () => {
    it('should be anonymous with no permission when nobody is signed in', () => {
      const actor = useSessionStore().policyActor('an-hao-dong');
      expect(actor).toMatchObject({ kind: 'anonymous', userId: null, role: null });
      expect(actor.permissions.size).toBe(0);
    });

    it('should carry the role and permissions of the named site only when signed in', async () => {
      api.login.mockResolvedValue(loginResponse);
      api.fetchMe.mockResolvedValue(me);
      const session = useSessionStore();
      await session.login('chief@demo.local', 'secret');

      const chief = session.policyActor('an-hao-dong');
      expect(chief).toMatchObject({ kind: 'user', userId: 'u1', role: 'chief' });
      expect([...chief.permissions].sort()).toEqual(['member.invite', 'member.remove', 'site.read']);
      const contributor = session.policyActor('an-hao-tay');
      expect(contributor.role).toBe('contributor');
      expect(contributor.permissions.has('member.remove')).toBe(false);
      expect(session.policyActor('mot-xa-khac')).toMatchObject({ kind: 'user', role: null });
      expect(session.policyActor('mot-xa-khac').permissions.size).toBe(0);
    });

    it('should add site administration but no editorial right when the user is a platform admin', async () => {
      const admin = { ...user, isPlatformAdmin: true };
      api.login.mockResolvedValue({ ...loginResponse, user: admin });
      api.fetchMe.mockResolvedValue({ user: admin, permissions: ['platform.site.manage'], memberships: [] });
      const session = useSessionStore();
      await session.login('admin@demo.local', 'secret');

      const actor = session.policyActor('bat-ky-xa-nao');
      expect(actor.permissions.has('member.invite')).toBe(true);
      expect(actor.permissions.has('content.create')).toBe(false);
    });
  });

  it('should hold the token in memory and the profile when login succeeds', async () => {
    api.login.mockResolvedValue(loginResponse);
    api.fetchMe.mockResolvedValue(me);
    const session = useSessionStore();
    await session.login('chief@demo.local', 'secret');

    expect(session.status).toBe('authenticated');
    expect(session.accessToken).toBe('access-1');
    expect(session.memberships).toHaveLength(2);
    expect(localStorage.length).toBe(0);
  });

  it('should stay anonymous and rethrow when the credentials are wrong', async () => {
    api.login.mockRejectedValue(new HttpError({ status: 401, code: 'INVALID_CREDENTIALS', message: 'Email hoặc mật khẩu không đúng.' }));
    const session = useSessionStore();
    await expect(session.login('chief@demo.local', 'wrong')).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(session.isAuthenticated).toBe(false);
  });

  it('should restore the session from the refresh cookie when the app starts', async () => {
    api.refresh.mockResolvedValue(loginResponse);
    api.fetchMe.mockResolvedValue(me);
    const session = useSessionStore();
    await Promise.all([session.restore(), session.restore()]);

    expect(api.refresh).toHaveBeenCalledTimes(1);
    expect(session.status).toBe('authenticated');
    expect(session.user?.fullName).toBe('Nguyễn Văn Trưởng');
  });

  it('should become anonymous when there is no refresh cookie at start-up', async () => {
    api.refresh.mockRejectedValue(new HttpError({ status: 401, code: 'INVALID_REFRESH_TOKEN', message: 'x' }));
    const session = useSessionStore();
    await session.restore();
    expect(session.status).toBe('anonymous');
    expect(session.endReason).toBeNull();
  });

  it('should share one refresh request when several calls expire together', async () => {
    api.refresh.mockResolvedValue({ ...loginResponse, accessToken: 'access-2' });
    const session = useSessionStore();
    const results = await Promise.all([session.refresh(), session.refresh(), session.refresh()]);
    expect(results).toEqual([true, true, true]);
    expect(api.refresh).toHaveBeenCalledTimes(1);
    expect(session.accessToken).toBe('access-2');
  });

  it('should end the session as expired when the refresh is refused', async () => {
    api.login.mockResolvedValue(loginResponse);
    api.fetchMe.mockResolvedValue(me);
    api.refresh.mockRejectedValue(new HttpError({ status: 401, code: 'INVALID_REFRESH_TOKEN', message: 'x' }));
    const session = useSessionStore();
    await session.login('chief@demo.local', 'secret');
    await expect(session.refresh()).resolves.toBe(false);
    expect(session.status).toBe('anonymous');
    expect(session.endReason).toBe('expired');
    expect(session.accessToken).toBeNull();
  });

  it('should forget the session even when the logout call fails', async () => {
    api.login.mockResolvedValue(loginResponse);
    api.fetchMe.mockResolvedValue(me);
    api.logout.mockRejectedValue(new HttpError({ status: 0, code: 'NETWORK_ERROR', message: 'x' }));
    const session = useSessionStore();
    await session.login('chief@demo.local', 'secret');
    await session.logout();
    expect(session.status).toBe('anonymous');
    expect(session.endReason).toBe('loggedOut');
    expect(session.accessToken).toBeNull();
    expect(session.can('site.read', 'an-hao-dong')).toBe(false);
  });
});
