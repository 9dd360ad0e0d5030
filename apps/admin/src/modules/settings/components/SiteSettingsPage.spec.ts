import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, RouterView } from 'vue-router';
import type { Permission } from '@congxa/shared/authz';
import type { MeResponse } from '@congxa/shared/dto/auth';
import type { SiteSettingsResponse } from '@congxa/shared/dto/sites';
import { HttpError } from '../../../core/http';
import { createAppI18n } from '../../../i18n';
import { createAppRouter } from '../../../router';
import * as authApi from '../../auth/api';
import * as mediaApi from '../../media/api';
import { sampleImage } from '../../media/testing';
import * as settingsApi from '../api';

vi.mock('../../auth/api', () => ({ login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), fetchMe: vi.fn(), requestPasswordReset: vi.fn(), setPassword: vi.fn() }));
vi.mock('../api', () => ({ getSiteSettings: vi.fn(), updateSiteSettings: vi.fn(), updateSiteBanner: vi.fn() }));
vi.mock('../../media/api', () => ({ listMedia: vi.fn(), getMedia: vi.fn(), uploadMedia: vi.fn(), updateMedia: vi.fn() }));
const auth = vi.mocked(authApi);
const api = vi.mocked(settingsApi);
const media = vi.mocked(mediaApi);
const logo = sampleImage({ id: '6a1c2d9e-0000-4000-8000-0000000000aa', originalName: 'bieu-trung.png', altText: 'Biểu trưng xã Ân Hảo Đông' });
const CHIEF_PERMISSIONS: Permission[] = ['site.read', 'site.settings', 'media.read', 'media.upload', 'media.update'];

const user = { id: 'u1', email: 'chief@demo.local', fullName: 'Nguyễn Văn Trưởng', isPlatformAdmin: false };
const meWith = (role: 'chief' | 'deputy' | 'contributor', permissions: Permission[]): MeResponse => ({
  user,
  permissions: [],
  memberships: [{ site: { id: 's1', code: '99999', slug: 'an-hao-dong', name: 'Xã Ân Hảo Đông' }, role, isStaff: true, fields: [], permissions }],
});

const settings = (over: Partial<SiteSettingsResponse> = {}): SiteSettingsResponse => ({
  governingBody: 'Ủy ban nhân dân xã Ân Hảo Đông',
  address: 'Thôn 1, xã Ân Hảo Đông',
  phone: '0256 3 123 456',
  email: 'ubnd@anhaodong.gov.vn',
  responsiblePerson: 'Nguyễn Văn A – Chủ tịch UBND xã',
  licence: null,
  bannerText: null,
  bannerEndsAt: null,
  footerNote: null,
  facebookUrl: null,
  zaloUrl: null,
  youtubeUrl: null,
  logoMediaId: null,
  revision: 3,
  updatedAt: '2026-03-01T01:00:00.000Z',
  ...over,
});

async function mountPage(me: MeResponse) {
  auth.fetchMe.mockResolvedValue(me);
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createAppRouter(createMemoryHistory('/admin/'));
  await router.push('/sites/an-hao-dong/cai-dat');
  await router.isReady();
  const Root = defineComponent({ render: () => h(RouterView) });
  const wrapper = mount(Root, { global: { plugins: [pinia, createAppI18n('vi'), router] }, attachTo: document.body });
  await flushPromises();
  return wrapper;
}

describe('SiteSettingsPage', { timeout: 40_000 }, () => {
  beforeEach(() => {
    vi.resetAllMocks();
    localStorage.clear();
    document.body.innerHTML = '';
    auth.refresh.mockResolvedValue({ accessToken: 't', expiresIn: 900, user });
    api.getSiteSettings.mockResolvedValue(settings());
  });

  it('should save only the changed fields with the revision when the chief saves', async () => {
    const wrapper = await mountPage(meWith('chief', ['site.read', 'site.settings']));
    expect(api.getSiteSettings).toHaveBeenCalledWith('an-hao-dong');
    api.updateSiteSettings.mockResolvedValue(settings({ licence: 'Giấy phép số 12', revision: 4 }));
    await wrapper.find('#setting-licence').setValue('Giấy phép số 12');
    await wrapper.find('[data-testid="settings-form"]').trigger('submit');
    await flushPromises();
    expect(api.updateSiteSettings).toHaveBeenCalledWith('an-hao-dong', { revision: 3, licence: 'Giấy phép số 12' });
    expect(wrapper.find('[data-testid="settings-saved"]').exists()).toBe(true);
  });

  it('should keep the user’s values on screen and show what the other person saved when the save answers 409', async () => {
    const wrapper = await mountPage(meWith('chief', ['site.read', 'site.settings']));
    const current = settings({ address: 'Thôn 2, xã Ân Hảo Đông', phone: '0256 3 111 111', revision: 4, updatedAt: '2026-03-02T01:00:00.000Z' });
    api.updateSiteSettings.mockRejectedValueOnce(
      new HttpError({ status: 409, code: 'REVISION_CONFLICT', message: 'Dữ liệu đã được người khác thay đổi.', details: { current } }),
    );
    await wrapper.find('#setting-phone').setValue('0256 3 222 222');
    await wrapper.find('#setting-footerNote').setValue('© UBND xã');
    await wrapper.find('[data-testid="settings-form"]').trigger('submit');
    await flushPromises();

    expect((wrapper.find('#setting-phone').element as HTMLInputElement).value).toBe('0256 3 222 222');
    expect((wrapper.find('#setting-footerNote').element as HTMLTextAreaElement).value).toBe('© UBND xã');
    // A field the user left alone now holds the other person's value.
    expect((wrapper.find('#setting-address').element as HTMLInputElement).value).toBe('Thôn 2, xã Ân Hảo Đông');
    const conflict = wrapper.find('[data-testid="settings-conflict"]');
    expect(conflict.text()).toContain('Người khác vừa lưu');
    expect(conflict.find('[data-key="phone"]').text()).toContain('0256 3 111 111');
    expect(conflict.find('[data-key="phone"]').text()).toContain('0256 3 222 222');

    // Saving again goes on top of the other person's revision, with the user's own changes only.
    api.updateSiteSettings.mockResolvedValueOnce(settings({ ...current, phone: '0256 3 222 222', footerNote: '© UBND xã', revision: 5 }));
    await wrapper.find('[data-testid="settings-form"]').trigger('submit');
    await flushPromises();
    expect(api.updateSiteSettings).toHaveBeenLastCalledWith('an-hao-dong', { revision: 4, phone: '0256 3 222 222', footerNote: '© UBND xã' });
    expect(wrapper.find('[data-testid="settings-conflict"]').exists()).toBe(false);
  });

  it('should let the user take the other person’s value for a field both changed', async () => {
    const wrapper = await mountPage(meWith('chief', ['site.read', 'site.settings']));
    const current = settings({ phone: '0256 3 111 111', revision: 4 });
    api.updateSiteSettings.mockRejectedValueOnce(new HttpError({ status: 409, code: 'REVISION_CONFLICT', message: 'x', details: { current } }));
    await wrapper.find('#setting-phone').setValue('0256 3 222 222');
    await wrapper.find('[data-testid="settings-form"]').trigger('submit');
    await flushPromises();
    await wrapper.find('[data-key="phone"] button').trigger('click');
    expect((wrapper.find('#setting-phone').element as HTMLInputElement).value).toBe('0256 3 111 111');
  });

  it('should show the API’s message beside the field it refuses', async () => {
    const wrapper = await mountPage(meWith('chief', ['site.read', 'site.settings']));
    api.updateSiteSettings.mockRejectedValueOnce(
      new HttpError({
        status: 400,
        code: 'VALIDATION_FAILED',
        message: 'Dữ liệu không hợp lệ.',
        fieldErrors: [{ field: 'phone', rule: 'maxLength', message: 'Số điện thoại quá dài.' }],
      }),
    );
    await wrapper.find('#setting-phone').setValue('0256');
    await wrapper.find('[data-testid="settings-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#setting-phone-error').text()).toBe('Số điện thoại quá dài.');
    expect(wrapper.find('#setting-phone').attributes('aria-invalid')).toBe('true');
  });

  it('should refuse an e-mail address that is not one before calling the API', async () => {
    const wrapper = await mountPage(meWith('chief', ['site.read', 'site.settings']));
    await wrapper.find('#setting-email').setValue('ubnd.gov.vn');
    await wrapper.find('[data-testid="settings-form"]').trigger('submit');
    await flushPromises();
    expect(api.updateSiteSettings).not.toHaveBeenCalled();
    expect(wrapper.find('#setting-email-error').text()).toContain('ubnd@xa.gov.vn');
  });

  it('should show the details read-only to a member without site.settings', async () => {
    api.getSiteSettings.mockResolvedValue(settings({ phone: null }));
    const wrapper = await mountPage(meWith('deputy', ['site.read']));
    expect(wrapper.find('[data-testid="settings-form"]').exists()).toBe(false);
    const view = wrapper.find('[data-testid="settings-view"]');
    expect(view.text()).toContain('Ủy ban nhân dân xã Ân Hảo Đông');
    expect(view.text()).toContain('Chưa điền');
    expect(wrapper.find('[data-testid="settings-missing"]').text()).toContain('Điện thoại');
  });

  it('should let the deputy switch the banner on with an end time, and show the footer read-only', async () => {
    const wrapper = await mountPage(meWith('deputy', ['site.read', 'site.banner']));
    expect(wrapper.find('[data-testid="settings-form"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="settings-view"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="banner-state"]').text()).toBe('Chưa bật thông báo nào.');
    api.updateSiteBanner.mockResolvedValue(settings({ bannerText: 'Bão số 5 sắp vào', bannerEndsAt: '2099-12-31T10:00:00.000Z', revision: 4 }));
    await wrapper.find('#banner-text').setValue('  Bão số 5 sắp vào ');
    await wrapper.find('#banner-endsAt').setValue('31/12/2099');
    await wrapper.find('#banner-endsAt').trigger('input');
    await wrapper.find('#banner-endsAt-time').setValue('17:00');
    await wrapper.find('#banner-endsAt-time').trigger('input');
    await wrapper.find('[data-testid="banner-form"]').trigger('submit');
    await flushPromises();
    expect(api.updateSiteBanner).toHaveBeenCalledWith('an-hao-dong', { revision: 3, text: 'Bão số 5 sắp vào', endsAt: '2099-12-31T17:00:00+07:00' });
    expect(wrapper.find('[data-testid="banner-saved"]').text()).toContain('Đã bật');
    expect(wrapper.find('[data-testid="banner-state"]').text()).toBe('Cổng đang hiện thông báo này, đến 31/12/2099 17:00.');
  });

  it('should switch the banner off on the current revision', async () => {
    api.getSiteSettings.mockResolvedValue(settings({ bannerText: 'Mất điện', revision: 6 }));
    const wrapper = await mountPage(meWith('deputy', ['site.read', 'site.banner']));
    api.updateSiteBanner.mockResolvedValue(settings({ revision: 7 }));
    await wrapper.find('[data-testid="banner-off"]').trigger('click');
    await flushPromises();
    expect(api.updateSiteBanner).toHaveBeenCalledWith('an-hao-dong', { revision: 6, text: null, endsAt: null });
    expect(wrapper.find('[data-testid="banner-state"]').text()).toBe('Chưa bật thông báo nào.');
    expect(wrapper.find('[data-testid="banner-off"]').exists()).toBe(false);
  });

  it('should refuse an end time already past and an empty text before calling the API', async () => {
    const wrapper = await mountPage(meWith('deputy', ['site.read', 'site.banner']));
    await wrapper.find('[data-testid="banner-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#banner-text-error').text()).toBe('Hãy nhập nội dung thông báo.');
    await wrapper.find('#banner-text').setValue('Bão');
    await wrapper.find('#banner-endsAt').setValue('01/01/2020');
    await wrapper.find('#banner-endsAt').trigger('input');
    await wrapper.find('#banner-endsAt-time').setValue('08:00');
    await wrapper.find('#banner-endsAt-time').trigger('input');
    await wrapper.find('[data-testid="banner-form"]').trigger('submit');
    await flushPromises();
    expect(api.updateSiteBanner).not.toHaveBeenCalled();
    expect(wrapper.find('#banner-endsAt-error').text()).toContain('sau bây giờ');
  });

  it('should show a member without site.banner what the portal shows, without a form', async () => {
    api.getSiteSettings.mockResolvedValue(settings({ bannerText: 'Lịch cắt điện', bannerEndsAt: '2020-01-01T01:00:00.000Z' }));
    const wrapper = await mountPage(meWith('contributor', ['site.read']));
    expect(wrapper.find('[data-testid="banner-form"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="banner-state"]').text()).toBe('Thông báo đã hết hạn lúc 01/01/2020 08:00: cổng không còn hiện.');
  });

  it('should save the footer on the revision the banner card left, without undoing the banner', async () => {
    const wrapper = await mountPage(meWith('chief', ['site.read', 'site.settings', 'site.banner']));
    await wrapper.find('#setting-phone').setValue('0256 3 999 999');
    api.updateSiteBanner.mockResolvedValue(settings({ bannerText: 'Bão', revision: 4 }));
    await wrapper.find('#banner-text').setValue('Bão');
    await wrapper.find('[data-testid="banner-form"]').trigger('submit');
    await flushPromises();
    api.updateSiteSettings.mockResolvedValue(settings({ bannerText: 'Bão', phone: '0256 3 999 999', revision: 5 }));
    await wrapper.find('[data-testid="settings-form"]').trigger('submit');
    await flushPromises();
    expect(api.updateSiteSettings).toHaveBeenCalledWith('an-hao-dong', { revision: 4, phone: '0256 3 999 999' });
    expect(wrapper.find('[data-testid="settings-conflict"]').exists()).toBe(false);
  });

  it('should save the social links and the logo picked from the library', async () => {
    media.listMedia.mockResolvedValue({ items: [logo], total: 1, page: 1, pageSize: 12 });
    const wrapper = await mountPage(meWith('chief', CHIEF_PERMISSIONS));
    expect(wrapper.find('#setting-facebookUrl').attributes('type')).toBe('url');
    expect(wrapper.find('[data-testid="settings-logo"] legend').text()).toBe('Biểu trưng');
    await wrapper.find('#setting-facebookUrl').setValue(' https://www.facebook.com/xaanhaodong ');
    await wrapper.find('[data-testid="settings-logo"] [data-testid="cover-choose"]').trigger('click');
    await flushPromises();
    document.querySelector<HTMLButtonElement>('[data-testid="media-picker"] [data-testid="media-card"]')!.click();
    await flushPromises();
    expect(wrapper.find('[data-testid="settings-logo"] [data-testid="cover-img"]').attributes('src')).toBe(`/api/v1/public/media/${logo.id}/w320.webp`);
    expect(wrapper.find('[data-testid="settings-logo"] [data-testid="cover-missing-alt"]').exists()).toBe(false);

    api.updateSiteSettings.mockResolvedValue(settings({ facebookUrl: 'https://www.facebook.com/xaanhaodong', logoMediaId: logo.id, revision: 4 }));
    await wrapper.find('[data-testid="settings-form"]').trigger('submit');
    await flushPromises();
    expect(api.updateSiteSettings).toHaveBeenCalledWith('an-hao-dong', {
      revision: 3,
      facebookUrl: 'https://www.facebook.com/xaanhaodong',
      logoMediaId: logo.id,
    });
    expect(wrapper.find('[data-testid="settings-saved"]').exists()).toBe(true);
  });

  it('should remove the logo, sending null', async () => {
    api.getSiteSettings.mockResolvedValue(settings({ logoMediaId: logo.id }));
    media.getMedia.mockResolvedValue({ ...logo, usage: [], hiddenUsageCount: 0 });
    const wrapper = await mountPage(meWith('chief', CHIEF_PERMISSIONS));
    expect(media.getMedia).toHaveBeenCalledWith('an-hao-dong', logo.id);
    expect(wrapper.find('[data-testid="settings-logo"] [data-testid="cover-choose"]').text()).toBe('Đổi ảnh biểu trưng');
    await wrapper.find('[data-testid="settings-logo"] [data-testid="cover-remove"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="settings-logo"]').text()).toContain('Chưa có biểu trưng');
    api.updateSiteSettings.mockResolvedValue(settings({ revision: 4 }));
    await wrapper.find('[data-testid="settings-form"]').trigger('submit');
    await flushPromises();
    expect(api.updateSiteSettings).toHaveBeenCalledWith('an-hao-dong', { revision: 3, logoMediaId: null });
  });

  it('should refuse a link that is not https:// before calling the API', async () => {
    const wrapper = await mountPage(meWith('chief', CHIEF_PERMISSIONS));
    await wrapper.find('#setting-zaloUrl').setValue('http://zalo.me/0905123456');
    await wrapper.find('[data-testid="settings-form"]').trigger('submit');
    await flushPromises();
    expect(api.updateSiteSettings).not.toHaveBeenCalled();
    expect(wrapper.find('#setting-zaloUrl-error').text()).toContain('https://');
    expect(wrapper.find('#setting-zaloUrl').attributes('aria-invalid')).toBe('true');
    expect(document.activeElement?.id).toBe('setting-zaloUrl');
  });

  it('should show beside the logo the API’s refusal of an image that is not the site’s', async () => {
    media.listMedia.mockResolvedValue({ items: [logo], total: 1, page: 1, pageSize: 12 });
    const wrapper = await mountPage(meWith('chief', CHIEF_PERMISSIONS));
    await wrapper.find('[data-testid="settings-logo"] [data-testid="cover-choose"]').trigger('click');
    await flushPromises();
    document.querySelector<HTMLButtonElement>('[data-testid="media-picker"] [data-testid="media-card"]')!.click();
    await flushPromises();
    const message = 'Biểu trưng phải là một ảnh trong thư viện ảnh, tệp của trang này.';
    api.updateSiteSettings.mockRejectedValueOnce(new HttpError({ status: 422, code: 'SITE_LOGO_INVALID', message, details: { field: 'logoMediaId' } }));
    await wrapper.find('[data-testid="settings-form"]').trigger('submit');
    await flushPromises();
    const field = wrapper.find('[data-testid="settings-logo"]');
    expect(field.find('.field__error').text()).toBe(message);
    expect(field.find('[data-testid="cover-choose"]').attributes('aria-describedby')).toContain(field.find('.field__error').attributes('id'));
  });

  it('should show the logo and the links read-only to a member without site.settings', async () => {
    api.getSiteSettings.mockResolvedValue(settings({ logoMediaId: logo.id, youtubeUrl: 'https://www.youtube.com/@xaanhaodong' }));
    const wrapper = await mountPage(meWith('deputy', ['site.read']));
    const view = wrapper.find('[data-testid="settings-view"]');
    expect(view.text()).toContain('https://www.youtube.com/@xaanhaodong');
    expect(view.find('[data-testid="settings-view-logo"] img').attributes('src')).toBe(`/api/v1/public/media/${logo.id}/w320.webp`);
    expect(view.find('[data-testid="settings-view-logo"] img').attributes('alt')).toBe('Biểu trưng hiện tại của cổng');
  });
});
