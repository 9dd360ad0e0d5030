import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, RouterView } from 'vue-router';
import type { Permission } from '@congxa/shared/authz';
import type { MeResponse } from '@congxa/shared/dto/auth';
import type { CategoryResponse } from '@congxa/shared/dto/categories';
import { HttpError } from '../../../core/http';
import { createAppI18n } from '../../../i18n';
import { createAppRouter } from '../../../router';
import * as authApi from '../../auth/api';
import * as categoriesApi from '../api';

vi.mock('../../auth/api', () => ({ login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), fetchMe: vi.fn(), requestPasswordReset: vi.fn(), setPassword: vi.fn() }));
vi.mock('../api', () => ({ listCategories: vi.fn(), createCategory: vi.fn(), updateCategory: vi.fn(), deleteCategory: vi.fn() }));
const auth = vi.mocked(authApi);
const api = vi.mocked(categoriesApi);

const user = { id: 'u2', email: 'deputy@demo.local', fullName: 'Trần Thị Phó', isPlatformAdmin: false };
const meWith = (permissions: Permission[]): MeResponse => ({
  user,
  permissions: [],
  memberships: [{ site: { id: 's1', code: '99999', slug: 'an-hao-dong', name: 'Xã Ân Hảo Đông' }, role: 'deputy', isStaff: true, fields: [], permissions }],
});
const cat = (id: string, name: string, parentId: string | null, position: number): CategoryResponse => ({
  id,
  parentId,
  name,
  slug: `slug-${id}`,
  position,
  revision: 2,
});
const CATEGORIES = [cat('tt', 'Tin tức', null, 0), cat('xa', 'Trong xã', 'tt', 0), cat('tb', 'Thông báo', null, 1)];

async function mountPage(me: MeResponse) {
  auth.fetchMe.mockResolvedValue(me);
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createAppRouter(createMemoryHistory('/admin/'));
  await router.push('/sites/an-hao-dong/chuyen-muc');
  await router.isReady();
  const Root = defineComponent({ render: () => h(RouterView) });
  const wrapper = mount(Root, { global: { plugins: [pinia, createAppI18n('vi'), router] }, attachTo: document.body });
  await flushPromises();
  return wrapper;
}

const item = (wrapper: Awaited<ReturnType<typeof mountPage>>, id: string) => wrapper.find(`[data-testid="category-item"][data-id="${id}"]`);

describe('CategoriesPage', { timeout: 40_000 }, () => {
  beforeEach(() => {
    vi.resetAllMocks();
    localStorage.clear();
    document.body.innerHTML = '';
    auth.refresh.mockResolvedValue({ accessToken: 't', expiresIn: 900, user });
    api.listCategories.mockResolvedValue(CATEGORIES);
  });

  it('should show the tree with each slug, children under their parent', async () => {
    const wrapper = await mountPage(meWith(['category.read', 'category.manage']));
    const items = wrapper.findAll('[data-testid="category-item"]');
    expect(items.map((i) => [i.attributes('aria-level'), i.text()])).toEqual([
      ['1', expect.stringContaining('Tin tức')],
      ['2', expect.stringContaining('Trong xã')],
      ['1', expect.stringContaining('Thông báo')],
    ]);
    expect(items[0].attributes('role')).toBe('treeitem');
    expect(items[0].attributes('aria-expanded')).toBe('true');
    expect(items[1].text()).toContain('/slug-xa');
  });

  it('should move the selected category down by renumbering its siblings', async () => {
    const wrapper = await mountPage(meWith(['category.read', 'category.manage']));
    await item(wrapper, 'tt').trigger('click');
    expect(wrapper.find('[data-testid="category-selected"]').text()).toContain('Tin tức');
    expect(wrapper.find('[data-testid="category-up"]').attributes('disabled')).toBeDefined();
    api.updateCategory.mockImplementation(async (_site, id, body) => ({ ...CATEGORIES.find((c) => c.id === id)!, position: body.position!, revision: 3 }));
    await wrapper.find('[data-testid="category-down"]').trigger('click');
    await flushPromises();
    expect(api.updateCategory.mock.calls).toEqual([
      ['an-hao-dong', 'tb', { revision: 2, position: 0 }],
      ['an-hao-dong', 'tt', { revision: 2, position: 1 }],
    ]);
    expect(wrapper.findAll('[data-testid="category-item"]').map((i) => i.attributes('data-id'))).toEqual(['tb', 'tt', 'xa']);
    expect(wrapper.find('[data-testid="category-notice"]').text()).toBe('Đã chuyển “Tin tức” xuống dưới.');
  });

  it('should not offer to delete a category that still has subcategories, and say why', async () => {
    const wrapper = await mountPage(meWith(['category.read', 'category.manage']));
    await item(wrapper, 'tt').trigger('click');
    await wrapper.find('[data-testid="category-delete-open"]').trigger('click');
    await flushPromises();
    const dialog = document.querySelector('[data-testid="category-delete"]');
    expect(dialog?.textContent).toContain('còn 1 chuyên mục con');
    expect(dialog?.querySelector('[data-testid="confirm-delete"]')).toBeNull();
  });

  it('should show the API’s refusal in words when the category still holds articles', async () => {
    const wrapper = await mountPage(meWith(['category.read', 'category.manage']));
    api.deleteCategory.mockRejectedValue(new HttpError({ status: 409, code: 'CATEGORY_IN_USE', message: 'Chuyên mục đang có tin bài.' }));
    await item(wrapper, 'tb').trigger('click');
    await wrapper.find('[data-testid="category-delete-open"]').trigger('click');
    await flushPromises();
    (document.querySelector('[data-testid="confirm-delete"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(api.deleteCategory).toHaveBeenCalledWith('an-hao-dong', 'tb');
    expect(document.querySelector('[data-testid="category-delete"]')?.textContent).toContain('Hãy chuyển các tin bài sang chuyên mục khác');
  });

  it('should offer as new parents only the places that are not the category itself or below it', async () => {
    const wrapper = await mountPage(meWith(['category.read', 'category.manage']));
    await item(wrapper, 'tt').trigger('click');
    await wrapper.find('[data-testid="category-move-open"]').trigger('click');
    await flushPromises();
    const options = [...document.querySelectorAll('#category-move-parent option')].map((o) => (o as HTMLOptionElement).value);
    expect(options).toEqual(['', 'tb']);
  });

  it('should create a category last under the chosen parent', async () => {
    const wrapper = await mountPage(meWith(['category.read', 'category.manage']));
    api.createCategory.mockResolvedValue(cat('new', 'Kinh tế', 'tt', 1));
    await wrapper.find('#category-name').setValue('Kinh tế');
    expect(wrapper.find('[data-testid="category-create"]').text()).toContain('kinh-te');
    await wrapper.find('#category-parent').setValue('tt');
    await wrapper.find('[data-testid="category-create"]').trigger('submit');
    await flushPromises();
    expect(api.createCategory).toHaveBeenCalledWith('an-hao-dong', { name: 'Kinh tế', parentId: 'tt', position: 1 });
    expect(wrapper.find('[data-testid="category-notice"]').text()).toContain('Kinh tế');
  });

  it('should only show the tree to a member who may not manage categories', async () => {
    const wrapper = await mountPage(meWith(['category.read']));
    expect(wrapper.findAll('[data-testid="category-item"]')).toHaveLength(3);
    expect(wrapper.find('[data-testid="category-create"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="category-selected"]').exists()).toBe(false);
  });
});
