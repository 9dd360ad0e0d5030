import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import type { Permission } from '@congxa/shared/authz';
import type { MeResponse } from '@congxa/shared/dto/auth';
import * as http from '../../../core/http';
import { createAppI18n } from '../../../i18n';
import * as authApi from '../../auth/api';
import { useSessionStore } from '../../auth/stores/session';
import { sampleEnvelope } from '../../content/testing';
import { pageRoutes } from '../routes';

vi.mock('../../auth/api', () => ({ login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), fetchMe: vi.fn(), requestPasswordReset: vi.fn(), setPassword: vi.fn() }));
vi.mock('../../../core/http', async (importOriginal) => ({ ...(await importOriginal<typeof http>()), http: vi.fn() }));
const auth = vi.mocked(authApi);
const api = vi.mocked(http.http);

const SITE = 'an-hao-dong';
const user = { id: 'u3', email: 'chief@demo.local', fullName: 'Nguyễn Văn Trưởng', isPlatformAdmin: false };
const BOARD: Permission[] = ['content.read', 'content.read_all', 'content.create', 'content.update', 'page.create', 'category.read', 'field.read'];
const me = (permissions: Permission[]): MeResponse => ({
  user,
  permissions: [],
  memberships: [{ site: { id: 's1', code: '99999', slug: SITE, name: 'Xã Ân Hảo Đông' }, role: 'chief', isStaff: false, fields: [], permissions }],
});
const page = <T>(items: T[]) => ({ items, total: items.length, page: 1, pageSize: 20 });

async function mountList(permissions: Permission[], path = `/sites/${SITE}/trang`) {
  auth.fetchMe.mockResolvedValue(me(permissions));
  const pinia = createPinia();
  setActivePinia(pinia);
  await useSessionStore().restore();
  // The list's route; the editor it opens is a stub (not under test here).
  const router = createRouter({
    history: createMemoryHistory('/admin/'),
    routes: [pageRoutes.find((r) => r.name === 'pages')!, { path: '/sites/:site/trang/:id', name: 'page-edit', component: { render: () => h('p', 'editor') } }],
  });
  await router.push(path);
  await router.isReady();
  const wrapper = mount(defineComponent({ render: () => h(RouterView) }), {
    global: { plugins: [pinia, createAppI18n('vi'), router] },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, router };
}

describe('PageListPage', { timeout: 20_000 }, () => {
  beforeEach(() => {
    vi.resetAllMocks();
    document.body.innerHTML = '';
    auth.refresh.mockResolvedValue({ accessToken: 't', expiresIn: 900, user });
    api.mockImplementation(async (path: string, options) => {
      if (path === `/sites/${SITE}/pages` && options?.method === 'POST') return sampleEnvelope({ id: 'p-new', type: 'page' });
      // The editor it opens is not under test here.
      if (path.startsWith(`/sites/${SITE}/pages/`)) throw new http.HttpError({ status: 404, code: 'PAGE_NOT_FOUND', message: 'x' });
      if (path === `/sites/${SITE}/pages`) return page([sampleEnvelope({ id: 'p1', type: 'page', title: 'Lịch sử xã', slug: 'lich-su' })]);
      return page([]);
    });
  });

  it('should list pages with their address, without a category filter (pages have none)', async () => {
    const { wrapper } = await mountList(BOARD);
    const row = wrapper.find('[data-testid="page-row"]');
    expect(row.text()).toContain('lich-su');
    expect(row.find('a').attributes('href')).toBe(`/admin/sites/${SITE}/trang/p1`);
    expect(wrapper.find('#list-category').exists()).toBe(false);
    expect(wrapper.find('#list-field').exists()).toBe(true);
  });

  it('should create a page under the chosen parent and open its editor', async () => {
    const { wrapper, router } = await mountList(BOARD, `/sites/${SITE}/trang?new=1`);
    await wrapper.find('#new-page-parent').setValue('p1');
    await wrapper.find('#new-page-title-input').setValue('Tổ chức bộ máy');
    await wrapper.find('.new-item form').trigger('submit');
    await flushPromises();
    expect(api).toHaveBeenCalledWith(`/sites/${SITE}/pages`, { method: 'POST', body: { title: 'Tổ chức bộ máy', parentId: 'p1' } });
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe(`/sites/${SITE}/trang/p-new`), { timeout: 10_000 });
  });

  it('should not offer "new page" to those without page.create', async () => {
    const { wrapper } = await mountList(BOARD.filter((p) => p !== 'page.create'));
    expect(wrapper.find('[data-testid="new-item"]').exists()).toBe(false);
  });
});
