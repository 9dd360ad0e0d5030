import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, RouterView } from 'vue-router';
import type { MeResponse } from '@congxa/shared/dto/auth';
import { HttpError } from '../../../core/http';
import { createAppI18n } from '../../../i18n';
import { createAppRouter } from '../../../router';
import * as authApi from '../../auth/api';
import * as articlesApi from '../api';
import { sampleArticle } from '../testing';

vi.mock('../../auth/api', () => ({
  login: vi.fn(),
  refresh: vi.fn(),
  logout: vi.fn(),
  fetchMe: vi.fn(),
  requestPasswordReset: vi.fn(),
  setPassword: vi.fn(),
}));
vi.mock('../api', () => ({
  getArticle: vi.fn(),
  updateArticle: vi.fn(),
  transitionArticle: vi.fn(),
  fetchHistory: vi.fn(),
  compareRevisions: vi.fn(),
  restoreRevision: vi.fn(),
  listFields: vi.fn(),
  listCategories: vi.fn(),
  listMembers: vi.fn(),
  fetchSlip: vi.fn(),
  fetchQueue: vi.fn(),
  listArticles: vi.fn(),
  createArticle: vi.fn(),
}));
const auth = vi.mocked(authApi);
const api = vi.mocked(articlesApi);

const user = { id: 'u1', email: 'contributor@demo.local', fullName: 'Hoàng Văn Cộng', isPlatformAdmin: false };
const me: MeResponse = {
  user,
  permissions: ['notification.read'],
  memberships: [
    {
      site: { id: 's1', code: '99999', slug: 'an-hao-dong', name: 'Xã Ân Hảo Đông' },
      role: 'contributor',
      isStaff: true,
      fields: [{ id: 'f0000000-0000-4000-8000-000000000001', name: 'Kinh tế' }],
      permissions: ['article.read', 'article.create', 'article.update', 'article.transition', 'article.submit'],
    },
  ],
};

async function mountEditor() {
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createAppRouter(createMemoryHistory('/admin/'));
  await router.push(`/tin-bai/${sampleArticle().id}`);
  await router.isReady();
  const Root = defineComponent({ render: () => h(RouterView) });
  const wrapper = mount(Root, { global: { plugins: [pinia, createAppI18n('vi'), router] }, attachTo: document.body });
  await flushPromises();
  return wrapper;
}

describe('ArticleEditorPage', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    document.body.innerHTML = '';
    auth.refresh.mockResolvedValue({ accessToken: 't', expiresIn: 900, user });
    auth.fetchMe.mockResolvedValue(me);
    api.getArticle.mockResolvedValue(sampleArticle());
    api.fetchHistory.mockResolvedValue({ transitions: [], revisions: [] });
    api.listFields.mockResolvedValue({
      items: [{ id: 'f0000000-0000-4000-8000-000000000001', name: 'Kinh tế', slug: 'kinh-te', memberCount: 2, revision: 1 }],
      total: 1,
      page: 1,
      pageSize: 20,
    });
    api.listCategories.mockResolvedValue({ items: [], total: 0, page: 1, pageSize: 20 });
  });

  it('should send only the changed fields with the revision when the user saves', async () => {
    api.updateArticle.mockResolvedValue(sampleArticle({ revision: 4, authorAddress: 'Văn phòng UBND xã' }));
    const wrapper = await mountEditor();
    expect(wrapper.find('[data-testid="article-save"]').attributes('disabled')).toBeDefined();
    await wrapper.find('#article-authorAddress').setValue('Văn phòng UBND xã');
    expect(wrapper.text()).toContain('Có thay đổi chưa lưu.');
    await wrapper.find('#article-form').trigger('submit');
    await flushPromises();
    expect(api.updateArticle).toHaveBeenCalledWith('an-hao-dong', sampleArticle().id, { revision: 3, authorAddress: 'Văn phòng UBND xã' });
    expect(wrapper.text()).toContain('Phiên bản 4');
    expect(wrapper.text()).toContain('Đã lưu lúc');
  });

  it('should keep the user’s text and offer the current version when someone saved in between', async () => {
    const current = sampleArticle({ revision: 5, title: 'Bản của Phó ban đã sửa' });
    api.updateArticle.mockRejectedValue(
      new HttpError({ status: 409, code: 'REVISION_CONFLICT', message: 'Dữ liệu đã được người khác thay đổi.', details: { current } }),
    );
    const wrapper = await mountEditor();
    await wrapper.find('#article-title').setValue('Tiêu đề tôi vừa gõ');
    await wrapper.find('#article-form').trigger('submit');
    await flushPromises();

    const conflict = wrapper.find('[data-testid="article-conflict"]');
    expect(conflict.text()).toContain('phiên bản mới (5)');
    expect(conflict.text()).toContain('CHƯA được lưu');
    expect((wrapper.find('#article-title').element as HTMLInputElement).value).toBe('Tiêu đề tôi vừa gõ');
    expect(api.updateArticle).toHaveBeenCalledTimes(1);

    await conflict.find('button').trigger('click');
    await flushPromises();
    expect((wrapper.find('#article-title').element as HTMLInputElement).value).toBe('Bản của Phó ban đã sửa');
    expect(wrapper.find('[data-testid="article-conflict"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('Phiên bản 5');
  });

  it('should mark the provenance fields the API names when the submit is refused', async () => {
    api.transitionArticle.mockRejectedValue(
      new HttpError({
        status: 422,
        code: 'PROVENANCE_INCOMPLETE',
        message: 'Thiếu thông tin nguồn tin (Mẫu cung cấp thông tin).',
        details: { missing: ['authorAddress'] },
      }),
    );
    const wrapper = await mountEditor();
    await wrapper.find('#action-submit').trigger('click');
    await flushPromises();
    await wrapper.find('[data-testid="transition-confirm"]').trigger('click');
    await flushPromises();

    expect(api.transitionArticle).toHaveBeenCalledWith('an-hao-dong', sampleArticle().id, { action: 'submit', revision: 3 });
    expect(wrapper.find('#article-authorAddress').attributes('aria-invalid')).toBe('true');
    expect(wrapper.find('#article-authorAddress-error').text()).toBe('Cần điền mục này trước khi gửi duyệt.');
    expect(wrapper.find('[data-testid="article-error"]').text()).toContain('Thiếu thông tin nguồn tin');
  });

  it('should require the reason in the dialog when the action is a return', async () => {
    api.getArticle.mockResolvedValue(sampleArticle({ status: 'in_review', actions: ['verify', 'return'], canEdit: true }));
    const wrapper = await mountEditor();
    await wrapper.find('#action-return').trigger('click');
    await flushPromises();
    expect(wrapper.find('label[for="transition-return-note"]').text()).toBe('Lý do (bắt buộc)');
    await wrapper.find('[data-testid="transition-confirm"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('#transition-return-note-error').text()).toBe('Hãy ghi lý do.');
    expect(api.transitionArticle).not.toHaveBeenCalled();
  });

  it('should show the reason prominently and lock the form when the item came back and may not be edited', async () => {
    api.getArticle.mockResolvedValue(
      sampleArticle({
        status: 'unpublished',
        liveStatus: 'unpublished',
        canEdit: false,
        actions: [],
        lastNote: {
          action: 'unpublish',
          note: 'Số liệu chưa được UBND xã xác nhận.',
          by: { id: 'c', fullName: 'Nguyễn Văn Trưởng' },
          at: '2026-03-02T03:00:00.000Z',
        },
      }),
    );
    const wrapper = await mountEditor();
    const note = wrapper.find('[data-testid="last-note"]');
    expect(note.text()).toContain('Tin bài đã bị gỡ xuống');
    expect(note.text()).toContain('Số liệu chưa được UBND xã xác nhận.');
    expect(note.text()).toContain('Nguyễn Văn Trưởng, lúc 10:00 02/03/2026');
    expect(wrapper.find('#article-title').attributes('readonly')).toBeDefined();
    expect(wrapper.find('[data-testid="article-save"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="workflow-actions"]').exists()).toBe(false);
  });
});
