import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, RouterView } from 'vue-router';
import type { MeResponse } from '@congxa/shared/dto/auth';
import type { ItemSummaryResponse } from '@congxa/shared/dto/content';
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
vi.mock('../api', () => ({
  pageApi: {
    route: 'pages',
    list: vi.fn(),
    create: vi.fn(),
    get: vi.fn(),
    update: vi.fn(),
    transition: vi.fn(),
    history: vi.fn(),
    compare: vi.fn(),
    restore: vi.fn(),
    revision: vi.fn(),
    presence: vi.fn(),
    leave: vi.fn(),
    slip: vi.fn(),
  },
}));
vi.mock('../../content/api', () => ({
  listFields: vi.fn(),
  listCategories: vi.fn(),
  listMembers: vi.fn(),
  fetchQueue: vi.fn(),
  listAll: vi.fn(),
}));
const auth = vi.mocked(authApi);
const api = vi.mocked(pageApi);
const site = vi.mocked(contentApi);

const user = { id: 'u2', email: 'deputy@demo.local', fullName: 'Trần Thị Phó', isPlatformAdmin: false };
const membership = (slug: string, id: string) => ({
  site: { id, code: id === 's1' ? '99999' : '88888', slug, name: `Xã ${slug}` },
  role: 'deputy' as const,
  isStaff: true,
  fields: [],
  permissions: ['content.read' as const, 'content.read_all' as const, 'content.create' as const, 'content.update' as const, 'page.create' as const],
});
const me: MeResponse = { user, permissions: ['notification.read'], memberships: [membership('an-hao-dong', 's1'), membership('an-hao-tay', 's2')] };

const summary = (id: string, title: string): ItemSummaryResponse => ({ ...samplePage({ id, title }), type: 'page' });

async function mountEditor(path = `/sites/an-hao-dong/trang/${samplePage().id}`) {
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createAppRouter(createMemoryHistory('/admin/'));
  await router.push(path);
  await router.isReady();
  const Root = defineComponent({ render: () => h(RouterView) });
  const wrapper = mount(Root, { global: { plugins: [pinia, createAppI18n('vi'), router] }, attachTo: document.body });
  await flushPromises();
  return wrapper;
}

// The first test also loads the router's lazy pages.
describe('PageEditorPage', { timeout: 60_000 }, () => {
  beforeEach(() => {
    vi.resetAllMocks();
    localStorage.clear();
    document.body.innerHTML = '';
    api.presence.mockResolvedValue({ others: [] });
    api.leave.mockResolvedValue(undefined);
    auth.refresh.mockResolvedValue({ accessToken: 't', expiresIn: 900, user });
    auth.fetchMe.mockResolvedValue(me);
    api.get.mockResolvedValue(samplePage());
    api.history.mockResolvedValue({ transitions: [], revisions: [] });
    site.listFields.mockResolvedValue({
      items: [{ id: 'f0000000-0000-4000-8000-000000000001', name: 'Văn hoá - Xã hội', slug: 'van-hoa', memberCount: 2, revision: 1 }],
      total: 1,
      page: 1,
      pageSize: 20,
    });
    site.listAll.mockResolvedValue([
      summary(samplePage().id, 'Lịch sử hình thành xã'),
      summary('b0000000-0000-4000-8000-000000000001', 'Giới thiệu chung'),
      summary('c0000000-0000-4000-8000-000000000003', 'Địa lý'),
    ]);
  });

  it('should draw the content inputs from the page schema with its labels and limits', async () => {
    const wrapper = await mountEditor();
    const labels = wrapper.findAll('[data-testid="page-panel-content"] .field__label').map((l) => l.text().replace(/\s*\*$/, ''));
    expect(labels).toEqual(['Tiêu đề', 'Tóm tắt', 'Nội dung', 'Lĩnh vực', 'Ảnh đại diện']);
    expect(wrapper.find('[data-testid="page-panel-content"] [data-testid="cover-field"]').exists()).toBe(true);
    expect(wrapper.findAll('[data-testid="page-panel-placement"] .field__label').map((l) => l.text())).toEqual([
      'Đường dẫn (slug)',
      'Trang cha',
      'Thứ tự trong menu',
    ]);
    expect(wrapper.find('#page-title').attributes('maxlength')).toBe('300');
    expect(wrapper.find('#page-summary').attributes('maxlength')).toBe('2000');
    expect(wrapper.find('label[for="page-fieldId"]').text()).toContain('*');
    expect((wrapper.find('#page-fieldId').element as HTMLSelectElement).value).toBe('f0000000-0000-4000-8000-000000000001');
    expect(wrapper.find('[data-testid="page-heading"]').text()).toBe('Lịch sử hình thành xã');
  });

  it('should offer every other page as parent and send the new place with the revision when saved', async () => {
    api.update.mockResolvedValue(samplePage({ revision: 4, parentId: 'c0000000-0000-4000-8000-000000000003', position: 1 }));
    const wrapper = await mountEditor();
    const options = wrapper.findAll('#page-parentId option').map((o) => o.text());
    expect(options).toEqual(['— Cấp đầu (không có trang cha) —', 'Địa lý', 'Giới thiệu chung']);
    expect((wrapper.find('#page-parentId').element as HTMLSelectElement).value).toBe('b0000000-0000-4000-8000-000000000001');

    await wrapper.find('#page-parentId').setValue('c0000000-0000-4000-8000-000000000003');
    await wrapper.find('#page-position').setValue('1');
    await wrapper.find('#page-form').trigger('submit');
    await flushPromises();
    expect(api.update).toHaveBeenCalledWith('an-hao-dong', samplePage().id, {
      revision: 3,
      parentId: 'c0000000-0000-4000-8000-000000000003',
      position: 1,
    });
    expect(wrapper.text()).toContain('Phiên bản 4');
  });

  it('should mark the parent when the API refuses the place in the tree', async () => {
    api.update.mockRejectedValue(
      new HttpError({ status: 422, code: 'PAGE_PARENT_INVALID', message: 'Không thể đặt trang dưới trang này.', details: { field: 'parentId' } }),
    );
    const wrapper = await mountEditor();
    await wrapper.find('#page-parentId').setValue('c0000000-0000-4000-8000-000000000003');
    await wrapper.find('#page-form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#page-parentId').attributes('aria-invalid')).toBe('true');
    expect(wrapper.find('[data-testid="page-error"]').text()).toContain('Không thể đặt trang dưới trang này.');
    expect(document.activeElement?.id).toBe('page-parentId');
  });

  it('should open the page on the site named in the address and save there', async () => {
    const wrapper = await mountEditor(`/sites/an-hao-tay/trang/${samplePage().id}`);
    expect(api.get).toHaveBeenCalledTimes(1);
    expect(api.get).toHaveBeenCalledWith('an-hao-tay', samplePage().id);
    await wrapper.find('#page-title').setValue('Lịch sử xã');
    await wrapper.find('#page-slug').setValue('lich-su-xa');
    await wrapper.find('#page-form').trigger('submit');
    await flushPromises();
    expect(api.update).toHaveBeenCalledWith('an-hao-tay', samplePage().id, { revision: 3, title: 'Lịch sử xã', slug: 'lich-su-xa' });
  });

  it('should say the page is not found when the site answers 404', async () => {
    api.get.mockRejectedValue(new HttpError({ status: 404, code: 'PAGE_NOT_FOUND', message: 'Không tìm thấy trang.' }));
    const wrapper = await mountEditor();
    expect(wrapper.text()).toContain('Không tìm thấy trang, hoặc bạn không được xem trang này.');
  });

  it('should ask for a reason with the shared table when a page is returned', async () => {
    api.get.mockResolvedValue(samplePage({ status: 'submitted', editionStatus: 'submitted', actions: ['assign', 'return', 'reject'] }));
    api.transition.mockResolvedValue(samplePage({ status: 'returned', editionStatus: 'returned', actions: [] }));
    const wrapper = await mountEditor();
    expect(wrapper.findAll('[data-testid="workflow-actions"] button').map((b) => b.text())).toEqual(['Phân công', 'Trả lại', 'Từ chối']);
    await wrapper.find('#action-return').trigger('click');
    await flushPromises();
    expect(wrapper.find('label[for="transition-return-note"]').text()).toBe('Lý do (bắt buộc)');
    await wrapper.find('#transition-return-note').setValue('Thiếu số liệu dân số.');
    await wrapper.find('[data-testid="transition-confirm"]').trigger('click');
    await flushPromises();
    expect(api.transition).toHaveBeenCalledWith('an-hao-dong', samplePage().id, { action: 'return', revision: 3, note: 'Thiếu số liệu dân số.' });
    expect(wrapper.find('[data-testid="page-notice"]').text()).toBe('Đã thực hiện “Trả lại”. Trạng thái mới: Trả lại.');
  });
});
