import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { HttpError } from '../../../core/http';
import { createAppI18n } from '../../../i18n';
import { createAppRouter } from '../../../router';
import * as authApi from '../api';
import LoginPage from './LoginPage.vue';

vi.mock('../api', () => ({
  login: vi.fn(),
  refresh: vi.fn(),
  logout: vi.fn(),
  fetchMe: vi.fn(),
  requestPasswordReset: vi.fn(),
  setPassword: vi.fn(),
}));
const api = vi.mocked(authApi);

async function mountLogin(locale: 'vi' | 'en' = 'vi') {
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createAppRouter(createMemoryHistory('/admin/'));
  await router.push('/dang-nhap');
  await router.isReady();
  const wrapper = mount(LoginPage, { global: { plugins: [pinia, createAppI18n(locale), router] }, attachTo: document.body });
  return { wrapper, router };
}

describe('LoginPage', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    api.refresh.mockRejectedValue(new HttpError({ status: 401, code: 'INVALID_REFRESH_TOKEN', message: 'x' }));
    document.body.innerHTML = '';
  });

  it('should mark both fields as required when the form is sent empty', async () => {
    const { wrapper } = await mountLogin();
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#email-error').text()).toBe('Vui lòng nhập thông tin này.');
    expect(wrapper.find('#password-error').text()).toBe('Vui lòng nhập thông tin này.');
    expect(wrapper.find('#email').attributes('aria-invalid')).toBe('true');
    expect(wrapper.find('#email').attributes('aria-describedby')).toBe('email-error');
    expect(api.login).not.toHaveBeenCalled();
  });

  it('should show the API message on top when the credentials are wrong', async () => {
    api.login.mockRejectedValue(new HttpError({ status: 401, code: 'INVALID_CREDENTIALS', message: 'Email hoặc mật khẩu không đúng.' }));
    const { wrapper } = await mountLogin();
    await wrapper.find('#email').setValue('chief@demo.local');
    await wrapper.find('#password').setValue('sai');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toBe('Email hoặc mật khẩu không đúng.');
    expect((wrapper.find('#password').element as HTMLInputElement).value).toBe('');
  });

  it('should put each VALIDATION_FAILED message beside its field', async () => {
    api.login.mockRejectedValue(
      new HttpError({
        status: 400,
        code: 'VALIDATION_FAILED',
        message: 'Dữ liệu gửi lên không hợp lệ.',
        fieldErrors: [{ field: 'email', rule: 'isEmail', message: 'Không phải địa chỉ email hợp lệ.' }],
      }),
    );
    const { wrapper } = await mountLogin();
    await wrapper.find('#email').setValue('khong-phai-email');
    await wrapper.find('#password').setValue('x');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#email-error').text()).toBe('Không phải địa chỉ email hợp lệ.');
    expect(wrapper.find('#password-error').exists()).toBe(false);
    expect(document.activeElement?.id).toBe('email');
  });

  it('should go to the admin home (the last site dashboard) when the login succeeds', async () => {
    const user = { id: 'u1', email: 'chief@demo.local', fullName: 'Nguyễn Văn Trưởng', isPlatformAdmin: false };
    api.login.mockResolvedValue({ accessToken: 't', expiresIn: 900, user });
    api.fetchMe.mockResolvedValue({ user, permissions: [], memberships: [] });
    const { wrapper, router } = await mountLogin();
    await wrapper.find('#email').setValue(' chief@demo.local ');
    await wrapper.find('#password').setValue('CongXa@demo1');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(api.login).toHaveBeenCalledWith({ email: 'chief@demo.local', password: 'CongXa@demo1' });
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('home'));
  });

  it('should speak English when the UI language is English', async () => {
    const { wrapper } = await mountLogin('en');
    expect(wrapper.find('h1').text()).toBe('Sign in');
    expect(wrapper.find('label[for="password"]').text()).toBe('Password');
  });
});
