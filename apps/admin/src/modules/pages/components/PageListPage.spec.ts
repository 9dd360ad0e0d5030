import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, RouterView } from 'vue-router';
import type { Permission } from '@congxa/shared/authz';
import type { MeResponse } from '@congxa/shared/dto/auth';
import { HttpError } from '../../../core/http';
import { createAppI18n } from '../../../i18n';
import { createAppRouter } from '../../../router';
import * as authApi from '../../auth/api';
import * as contentApi from '../../content/api';
import { pageApi } from '../api';
import { samplePage } from '../testing';

vi.mock('../../auth/api', () => ({
  login: vi.fn(),
  refresh: vi.fn(),
  logout: vi.fn(),
  fetchMe: vi.fn(),
  requestPasswordReset: vi.fn(),
  setPassword: vi.fn(),
}));
vi.mock('../api', () => ({ pageApi: { route: 'pages', list: vi.fn(), create: vi.fn(), get: vi.fn() } }));
vi.mock('../../content/api', () => ({ fetchQueue: vi.fn(), listAll: vi.fn() }));
const auth = vi.mocked(authApi);
const api = vi.mocked(pageApi);
const content = vi.mocked(contentApi);

const user = { id: 'u2', email: 'deputy@demo.local', fullName: 'Trần Thị Phó', isPlatformAdmin: false };
const meWith = (permissions: Permission[]): MeResponse => ({
  user,
  permissions: [],
  memberships: [{ site: { id: 's1', code: '99999', slug: 'an-hao-dong', name: 'Xã Ân Hảo Đông' }, role: 'deputy', isStaff: true, fields: [], permissions }],
});
const AUTHOR: Permission[] = ['content.read', 'content.create', 'content.update', 'content.transition', 'content.submit'];
const BOARD: Permission[] = [...AUTHOR, 'content.read_all', 'page.create'];

async function mountList(me: MeResponse, path = '/trang') {
  auth.fetchMe.mockResolvedValue(me);
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createAppRouter(createMemoryHistory('/admin/'));
  await router.push(path);
  await router.isReady();
  const Root = defineComponent({ render: () => h(RouterView) });
  const wrapper = mount(Root, { global: { plugins: [pinia, createAppI18n('vi'), router] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, router };
}

// The first test also loads the router's lazy pages.
describe('PageListPage', { timeout: 20_000 }, () => {
  beforeEach(() => {
    vi.resetAllMocks();
    localStorage.clear();
    document.body.innerHTML = '';
    auth.refresh.mockResolvedValue({ accessToken: 't', expiresIn: 900, user });
    api.list.mockResolvedValue({ items: [{ ...samplePage(), type: 'page' }], total: 1, page: 1, pageSize: 20 });
    content.listAll.mockResolvedValue([
      { ...samplePage({ id: 'g1', title: 'Giới thiệu chung' }), type: 'page' },
      { ...samplePage({ id: 'd1', title: 'Địa lý' }), type: 'page' },
    ]);
  });

  it('should list every page of the site for the board and link each to its editor', async () => {
    const { wrapper } = await mountList(meWith(BOARD));
    expect(api.list).toHaveBeenCalledWith('an-hao-dong', { mine: false, status: undefined, page: 1, pageSize: 20 });
    const row = wrapper.find('[data-testid="page-row"]');
    expect(row.find('a').text()).toBe('Lịch sử hình thành xã');
    expect(row.find('a').attributes('href')).toBe(`/admin/trang/${samplePage().id}`);
    expect(row.text()).toContain('lich-su');
  });

  it('should show only the user’s own pages and no "new page" when the user holds neither read_all nor page.create', async () => {
    const { wrapper } = await mountList(meWith(AUTHOR));
    expect(api.list).toHaveBeenCalledWith('an-hao-dong', { mine: true, status: undefined, page: 1, pageSize: 20 });
    expect(wrapper.find('[data-testid="new-page"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="tab-all"]').exists()).toBe(false);
  });

  it('should create a page under the chosen parent and open its editor', async () => {
    api.create.mockResolvedValue(samplePage({ id: 'new-page-id' }));
    // The editor it opens is not under test here.
    api.get.mockRejectedValue(new HttpError({ status: 404, code: 'PAGE_NOT_FOUND', message: 'x' }));
    const { wrapper, router } = await mountList(meWith(BOARD));
    await wrapper.find('[data-testid="new-page"]').trigger('click');
    await flushPromises();
    expect(wrapper.findAll('#new-page-parent option').map((o) => o.text())).toEqual(['— Cấp đầu (không có trang cha) —', 'Địa lý', 'Giới thiệu chung']);
    await wrapper.find('#new-page-title-input').setValue('Tổ chức bộ máy');
    await wrapper.find('#new-page-parent').setValue('g1');
    await wrapper.find('.new-item form').trigger('submit');
    await flushPromises();
    expect(api.create).toHaveBeenCalledWith('an-hao-dong', { title: 'Tổ chức bộ máy', parentId: 'g1' });
    // The editor is loaded lazily: the first load takes a while under test.
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/trang/new-page-id'), { timeout: 10_000 });
  });
});
