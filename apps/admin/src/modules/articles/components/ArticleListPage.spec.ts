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
import { importRoutes } from '../../imports/routes';
import { articleRoutes } from '../routes';

vi.mock('../../auth/api', () => ({ login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), fetchMe: vi.fn(), requestPasswordReset: vi.fn(), setPassword: vi.fn() }));
vi.mock('../../../core/http', async (importOriginal) => ({ ...(await importOriginal<typeof http>()), http: vi.fn() }));
const auth = vi.mocked(authApi);
const api = vi.mocked(http.http);

const SITE = 'an-hao-dong';
const CAT = '3f0c2d9e-0000-4000-8000-00000000000c';
const user = { id: 'u2', email: 'deputy@demo.local', fullName: 'Trần Thị Phó', isPlatformAdmin: false };
const meWith = (role: 'contributor' | 'deputy', permissions: Permission[]): MeResponse => ({
  user,
  permissions: [],
  memberships: [{ site: { id: 's1', code: '99999', slug: SITE, name: 'Xã Ân Hảo Đông' }, role, isStaff: true, fields: [], permissions }],
});
const AUTHOR: Permission[] = ['content.read', 'content.create', 'content.update', 'content.transition', 'content.submit', 'category.read', 'field.read'];
const BOARD: Permission[] = [...AUTHOR, 'content.read_all', 'member.read'];

const page = <T>(items: T[], total = items.length) => ({ items, total, page: 1, pageSize: 20 });
const listCalls = () => api.mock.calls.filter(([path]) => path === `/sites/${SITE}/articles`);
const lastListQuery = () => listCalls().at(-1)?.[1]?.query;

async function mountList(me: MeResponse, path = `/sites/${SITE}/tin-bai`) {
  auth.fetchMe.mockResolvedValue(me);
  const pinia = createPinia();
  setActivePinia(pinia);
  await useSessionStore().restore();
  // The list's own routes (the app's router loads every module's pages).
  const router = createRouter({ history: createMemoryHistory('/admin/'), routes: [...importRoutes, ...articleRoutes] });
  await router.push(path);
  await router.isReady();
  const Root = defineComponent({ render: () => h(RouterView) });
  const wrapper = mount(Root, { global: { plugins: [pinia, createAppI18n('vi'), router] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, router };
}

describe('ArticleListPage', { timeout: 20_000 }, () => {
  beforeEach(() => {
    vi.resetAllMocks();
    localStorage.clear();
    document.body.innerHTML = '';
    auth.refresh.mockResolvedValue({ accessToken: 't', expiresIn: 900, user });
    api.mockImplementation(async (path: string) => {
      if (path.endsWith('/categories')) return page([{ id: CAT, name: 'Tin hoạt động', parentId: null, position: 0 }]);
      if (path.endsWith('/members')) return page([{ userId: 'u9', fullName: 'Lê Văn Viết' }]);
      if (path.endsWith('/fields')) return page([]);
      if (path.endsWith('/articles')) return page([sampleEnvelope({ id: 'a1', title: 'Ra quân làm đường', categoryId: CAT })]);
      throw new Error(`unexpected ${path}`);
    });
  });

  it('should offer the "All" tab and the author filter only to those who read every item of the site', async () => {
    const deputy = await mountList(meWith('deputy', BOARD));
    expect(deputy.wrapper.find('[data-testid="tab-all"]').exists()).toBe(true);
    expect(deputy.wrapper.find('#list-author').exists()).toBe(true);
    const contributor = await mountList(meWith('contributor', AUTHOR));
    expect(contributor.wrapper.find('[data-testid="tab-all"]').exists()).toBe(false);
    expect(contributor.wrapper.find('#list-author').exists()).toBe(false);
    expect(lastListQuery()).toMatchObject({ mine: 1 });
  });

  it('should send the filters of the URL to the API and link rows to the editor of the site', async () => {
    const { wrapper } = await mountList(
      meWith('deputy', BOARD),
      `/sites/${SITE}/tin-bai?status=submitted&category=${CAT}&q=lu&from=2026-12-01&sort=title&page=2&bogus=1`,
    );
    expect(lastListQuery()).toMatchObject({
      status: 'submitted',
      categoryId: CAT,
      q: 'lu',
      updatedFrom: '2026-12-01',
      sort: 'title',
      order: 'asc',
      page: 2,
      pageSize: 20,
    });
    const row = wrapper.find('[data-testid="article-row"]');
    expect(row.find('a').attributes('href')).toBe(`/admin/sites/${SITE}/tin-bai/a1`);
    expect(row.text()).toContain('Tin hoạt động');
    expect((wrapper.find('#list-from').element as HTMLInputElement).value).toBe('01/12/2026');
  });

  it('should put a changed filter in the URL, back to page 1, so Back returns to the previous list', async () => {
    const { wrapper, router } = await mountList(meWith('deputy', BOARD), `/sites/${SITE}/tin-bai?page=3`);
    await wrapper.find('#list-status').setValue('draft');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ status: 'draft' });
    expect(lastListQuery()).toMatchObject({ status: 'draft', page: 1 });
    router.back();
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ page: '3' }));
  });

  it('should refuse a date that is not dd/mm/yyyy and apply a valid one with the search', async () => {
    const { wrapper, router } = await mountList(meWith('deputy', BOARD));
    await wrapper.find('#list-q').setValue('làm đường');
    await wrapper.find('#list-from').setValue('12/31/2026');
    await wrapper.find('[data-testid="list-filters"]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#list-from-error').text()).toContain('ngày/tháng/năm');
    expect(router.currentRoute.value.query).toEqual({});

    await wrapper.find('#list-from').setValue('31/12/2026');
    await wrapper.find('[data-testid="list-filters"]').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ q: 'làm đường', from: '2026-12-31' });
  });

  it('should sort by a column header, then turn the order round', async () => {
    const { wrapper } = await mountList(meWith('deputy', BOARD));
    expect(wrapper.find('[data-testid="sort-title"]').attributes('href')).toBe(`/admin/sites/${SITE}/tin-bai?sort=title`);
    const { wrapper: sorted } = await mountList(meWith('deputy', BOARD), `/sites/${SITE}/tin-bai?sort=title`);
    expect(sorted.find('[data-testid="sort-title"]').attributes('href')).toBe(`/admin/sites/${SITE}/tin-bai?sort=title&order=desc`);
    expect(sorted.find('th[aria-sort="ascending"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('should show "new article" and "Nhập từ Word" only to those who may create content', async () => {
    const author = await mountList(meWith('contributor', AUTHOR));
    expect(author.wrapper.text()).toContain('Viết tin mới');
    expect(author.wrapper.find('[data-testid="import-link"]').attributes('href')).toBe(`/admin/sites/${SITE}/tin-bai/nhap`);
    const reader = await mountList(meWith('contributor', ['content.read']));
    expect(reader.wrapper.text()).not.toContain('Viết tin mới');
    expect(reader.wrapper.find('[data-testid="import-link"]').exists()).toBe(false);
  });

  it('should say nothing matches when a filter empties the list', async () => {
    api.mockImplementation(async (path: string) => (path.endsWith('/articles') ? page([]) : page([])));
    const { wrapper } = await mountList(meWith('deputy', BOARD), `/sites/${SITE}/tin-bai?q=khong-co`);
    expect(wrapper.find('[data-testid="list-count"]').text()).toContain('Không có mục nào khớp');
    await wrapper.find('[data-testid="clear-filters"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="list-count"]').text()).toBe('Chưa có tin bài nào.');
  });
});
