import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import * as http from '../../../core/http';
import { createAppI18n } from '../../../i18n';
import { useSessionStore } from '../../auth/stores/session';
import { checkPassword } from '../composables/usePasswordForm';
import ProfilePage from './ProfilePage.vue';

vi.mock('../../../core/http', async (importOriginal) => ({ ...(await importOriginal<typeof http>()), http: vi.fn() }));
const api = vi.mocked(http.http);
const user = { id: 'u1', email: 'a@demo.local', fullName: 'Hoàng Văn Cộng', isPlatformAdmin: false };

async function mountProfile() {
  const pinia = createPinia();
  setActivePinia(pinia);
  const session = useSessionStore();
  session.user = user;
  session.status = 'authenticated';
  session.accessToken = 'old-token';
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/thong-bao', name: 'notifications', component: { render: () => h('p') } }],
  });
  const wrapper = mount(ProfilePage, { global: { plugins: [pinia, createAppI18n('vi'), router] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, session };
}

describe('checkPassword', () => {
  it('should name what is wrong with each field before anything is sent', () => {
    expect(checkPassword({ currentPassword: '', newPassword: 'short1', confirm: 'x' })).toEqual({
      currentPassword: 'required',
      newPassword: 'rule',
      confirm: 'mismatch',
    });
    expect(checkPassword({ currentPassword: 'cu-mat-khau-1', newPassword: 'mat-khau-moi-2', confirm: 'mat-khau-moi-3' })).toEqual({ confirm: 'mismatch' });
    expect(checkPassword({ currentPassword: 'mat-khau-moi-2', newPassword: 'mat-khau-moi-2', confirm: 'mat-khau-moi-2' })).toEqual({ newPassword: 'same' });
    expect(checkPassword({ currentPassword: 'cu-mat-khau-1', newPassword: 'mat-khau-moi-2', confirm: 'mat-khau-moi-2' })).toEqual({});
  });
});

describe('ProfilePage', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    document.body.innerHTML = '';
    api.mockImplementation(async (path: string, options) => {
      if (path === '/me/preferences' && options?.method === 'PATCH')
        return { emailNotifications: (options.body as { emailNotifications: boolean }).emailNotifications };
      if (path === '/me/preferences') return { emailNotifications: true };
      if (path === '/me/sessions/revoke-others') return { ended: 2 };
      if (path === '/me/password') return { accessToken: 'new-token', expiresIn: 900, user };
      throw new Error(`unexpected ${path}`);
    });
  });

  it('should show the shared rule beside the new password and not send a password that breaks it', async () => {
    const { wrapper } = await mountProfile();
    expect(wrapper.find('[data-testid="profile-email"]').text()).toBe('a@demo.local');
    expect(wrapper.find('#profile-new-password-hint').text()).toBe('Ít nhất 10 ký tự, gồm cả chữ và số.');
    await wrapper.find('#profile-current-password').setValue('cu-mat-khau-1');
    await wrapper.find('#profile-new-password').setValue('ngan');
    await wrapper.find('#profile-confirm-password').setValue('ngan');
    await wrapper.find('[data-testid="password-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#profile-new-password-error').text()).toBe('Ít nhất 10 ký tự, gồm cả chữ và số.');
    expect(document.activeElement?.id).toBe('profile-new-password');
    expect(api.mock.calls.some(([p]) => p === '/me/password')).toBe(false);
  });

  it('should change the password, keep this session with its new token and clear the form', async () => {
    const { wrapper, session } = await mountProfile();
    await wrapper.find('#profile-current-password').setValue('cu-mat-khau-1');
    await wrapper.find('#profile-new-password').setValue('mat-khau-moi-2');
    await wrapper.find('#profile-confirm-password').setValue('mat-khau-moi-2');
    await wrapper.find('[data-testid="password-form"]').trigger('submit');
    await flushPromises();
    expect(api).toHaveBeenCalledWith('/me/password', { method: 'POST', body: { currentPassword: 'cu-mat-khau-1', newPassword: 'mat-khau-moi-2' } });
    expect(session.accessToken).toBe('new-token');
    expect(wrapper.text()).toContain('Đã đổi mật khẩu.');
    expect((wrapper.find('#profile-new-password').element as HTMLInputElement).value).toBe('');
  });

  it('should put the API’s "wrong current password" beside that field', async () => {
    api.mockImplementation(async (path: string) => {
      if (path === '/me/preferences') return { emailNotifications: true };
      throw new http.HttpError({
        status: 400,
        code: 'VALIDATION_FAILED',
        message: 'Dữ liệu chưa hợp lệ.',
        fieldErrors: [{ field: 'currentPassword', rule: 'currentPassword', message: 'Mật khẩu hiện tại không đúng.' }],
      });
    });
    const { wrapper } = await mountProfile();
    await wrapper.find('#profile-current-password').setValue('sai-mat-khau-1');
    await wrapper.find('#profile-new-password').setValue('mat-khau-moi-2');
    await wrapper.find('#profile-confirm-password').setValue('mat-khau-moi-2');
    await wrapper.find('[data-testid="password-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#profile-current-password-error').text()).toBe('Mật khẩu hiện tại không đúng.');
  });

  it('should sign out of the other devices and say how many', async () => {
    const { wrapper } = await mountProfile();
    await wrapper.find('[data-testid="revoke-others"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="revoke-result"]').text()).toBe('Đã đăng xuất khỏi 2 thiết bị khác.');
  });

  it('should save the e-mail switch at once and put it back when the save fails', async () => {
    const { wrapper } = await mountProfile();
    const box = wrapper.find('[data-testid="email-notifications"]');
    expect((box.element as HTMLInputElement).checked).toBe(true);
    await box.setValue(false);
    await flushPromises();
    expect(api).toHaveBeenCalledWith('/me/preferences', { method: 'PATCH', body: { emailNotifications: false } });
    expect(wrapper.text()).toContain('Đã lưu.');

    api.mockRejectedValueOnce(new http.HttpError({ status: 0, code: 'NETWORK_ERROR', message: 'x' }));
    await wrapper.find('[data-testid="email-notifications"]').setValue(true);
    await flushPromises();
    expect((wrapper.find('[data-testid="email-notifications"]').element as HTMLInputElement).checked).toBe(false);
  });
});
