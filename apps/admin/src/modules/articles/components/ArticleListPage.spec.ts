import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, RouterView } from 'vue-router';
import type { Permission } from '@congxa/shared/authz';
import type { MeResponse } from '@congxa/shared/dto/auth';
import type { QueueItem } from '@congxa/shared/dto/content';
import { HttpError } from '../../../core/http';
import { createAppI18n } from '../../../i18n';
import { createAppRouter } from '../../../router';
import * as authApi from '../../auth/api';
import * as contentApi from '../../content/api';
import { sampleEnvelope } from '../../content/testing';
import { articleApi } from '../api';

vi.mock('../../auth/api', () => ({
  login: vi.fn(),
  refresh: vi.fn(),
  logout: vi.fn(),
  fetchMe: vi.fn(),
  requestPasswordReset: vi.fn(),
  setPassword: vi.fn(),
}));
vi.mock('../api', () => ({ articleApi: { route: 'articles', list: vi.fn(), create: vi.fn(), get: vi.fn() } }));
vi.mock('../../content/api', () => ({ fetchQueue: vi.fn(), listAll: vi.fn() }));
const auth = vi.mocked(authApi);
const api = vi.mocked(articleApi);
const content = vi.mocked(contentApi);

const user = { id: 'u2', email: 'deputy@demo.local', fullName: 'Trần Thị Phó', isPlatformAdmin: false };
const meWith = (role: 'contributor' | 'deputy', permissions: Permission[]): MeResponse => ({
  user,
  permissions: [],
  memberships: [{ site: { id: 's1', code: '99999', slug: 'an-hao-dong', name: 'Xã Ân Hảo Đông' }, role, isStaff: true, fields: [], permissions }],
});
const AUTHOR: Permission[] = ['content.read', 'content.create', 'content.update', 'content.transition', 'content.submit'];

const queued = (id: string, type: string, title: string, reason: QueueItem['reason']): QueueItem => ({
  ...sampleEnvelope({ id, type, title, status: 'submitted', editionStatus: 'submitted' }),
  reason,
});

async function mountList(me: MeResponse, path = '/tin-bai') {
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
describe('ArticleListPage', { timeout: 20_000 }, () => {
  beforeEach(() => {
    vi.resetAllMocks();
    localStorage.clear();
    document.body.innerHTML = '';
    auth.refresh.mockResolvedValue({ accessToken: 't', expiresIn: 900, user });
    content.fetchQueue.mockResolvedValue({ items: [], total: 0, page: 1, pageSize: 20 });
    api.list.mockResolvedValue({ items: [], total: 0, page: 1, pageSize: 20 });
  });

  it('should offer the "All" tab only to those who read every item of the site', async () => {
    const deputy = await mountList(meWith('deputy', [...AUTHOR, 'content.read_all']));
    expect(deputy.wrapper.find('[data-testid="tab-all"]').exists()).toBe(true);
    const contributor = await mountList(meWith('contributor', AUTHOR));
    expect(contributor.wrapper.find('[data-testid="tab-all"]').exists()).toBe(false);
    expect(contributor.wrapper.find('[data-testid="tab-mine"]').exists()).toBe(true);
  });

  it('should show the "new article" button only to those who may create content', async () => {
    const author = await mountList(meWith('contributor', AUTHOR));
    expect(author.wrapper.text()).toContain('Viết tin mới');
    const reader = await mountList(meWith('contributor', ['content.read']));
    expect(reader.wrapper.text()).not.toContain('Viết tin mới');
  });

  it('should name the type and open the right editor when the queue holds a page', async () => {
    content.fetchQueue.mockResolvedValue({
      items: [queued('a1', 'article', 'Tin lũ lụt', 'intake'), queued('p1', 'page', 'Lịch sử xã', 'intake')],
      total: 2,
      page: 1,
      pageSize: 20,
    });
    const { wrapper } = await mountList(meWith('deputy', [...AUTHOR, 'content.read_all', 'content.assign']));
    const rows = wrapper.findAll('[data-testid="article-row"]');
    expect(rows.map((r) => r.findAll('td')[1].text())).toEqual(['Tin bài', 'Trang']);
    expect(rows[0].find('a').attributes('href')).toBe('/admin/tin-bai/a1');
    expect(rows[1].find('a').attributes('href')).toBe('/admin/trang/p1');
  });

  it('should create the draft from the title and open its editor', async () => {
    api.create.mockResolvedValue({ ...sampleEnvelope({ id: 'new1' }) } as never);
    // The editor it opens is not under test here.
    api.get.mockRejectedValue(new HttpError({ status: 404, code: 'ARTICLE_NOT_FOUND', message: 'x' }));
    const { wrapper, router } = await mountList(meWith('contributor', AUTHOR));
    await wrapper.find('button.button--primary').trigger('click');
    await wrapper.find('#new-article-title-input').setValue('Ra');
    await wrapper.find('.new-item form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#new-article-title-input-error').text()).toBe('Tiêu đề cần ít nhất 3 ký tự.');
    expect(api.create).not.toHaveBeenCalled();

    await wrapper.find('#new-article-title-input').setValue('Ra quân làm đường');
    await wrapper.find('.new-item form').trigger('submit');
    await flushPromises();
    expect(api.create).toHaveBeenCalledWith('an-hao-dong', { title: 'Ra quân làm đường' });
    // The editor is loaded lazily: the first load takes a while under test.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/tin-bai/new1'), { timeout: 10_000 });
  });
});
