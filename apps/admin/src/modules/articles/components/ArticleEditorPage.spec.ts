import 'fake-indexeddb/auto';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, RouterView } from 'vue-router';
import type { ArticleResponse } from '@congxa/shared/dto/articles';
import type { MeResponse } from '@congxa/shared/dto/auth';
import { HttpError } from '../../../core/http';
import { keepDraft, resetBackstopConnection } from '../../content/composables/useBackstop';
import { createAppI18n } from '../../../i18n';
import { createAppRouter } from '../../../router';
import * as authApi from '../../auth/api';
import * as contentApi from '../../content/api';
import { articleApi } from '../api';
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
  articleApi: {
    route: 'articles',
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
const api = vi.mocked(articleApi);
const site = vi.mocked(contentApi);

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
      permissions: ['content.read', 'content.create', 'content.update', 'content.transition', 'content.submit'],
    },
  ],
};

const editorPath = `/sites/an-hao-dong/tin-bai/${sampleArticle().id}`;

async function mountEditor(path = editorPath) {
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createAppRouter(createMemoryHistory('/admin/'));
  await router.push(path);
  await router.isReady();
  const Root = defineComponent({ render: () => h(RouterView) });
  const wrapper = mount(Root, { global: { plugins: [pinia, createAppI18n('vi'), router] }, attachTo: document.body });
  await flushPromises();
  mounted.push(wrapper);
  return Object.assign(wrapper, { router });
}

// The first test also loads the router's lazy pages.
const mounted: { unmount(): void }[] = [];

describe('ArticleEditorPage', { timeout: 60_000 }, () => {
  afterEach(() => {
    while (mounted.length) mounted.pop()!.unmount();
  });

  beforeEach(() => {
    vi.resetAllMocks();
    indexedDB = new IDBFactory();
    resetBackstopConnection();
    document.body.innerHTML = '';
    api.presence.mockResolvedValue({ others: [] });
    api.leave.mockResolvedValue(undefined);
    auth.refresh.mockResolvedValue({ accessToken: 't', expiresIn: 900, user });
    auth.fetchMe.mockResolvedValue(me);
    api.get.mockResolvedValue(sampleArticle());
    api.history.mockResolvedValue({ transitions: [], revisions: [] });
    site.listFields.mockResolvedValue({
      items: [{ id: 'f0000000-0000-4000-8000-000000000001', name: 'Kinh tế', slug: 'kinh-te', memberCount: 2, revision: 1 }],
      total: 1,
      page: 1,
      pageSize: 20,
    });
    site.listCategories.mockResolvedValue({ items: [], total: 0, page: 1, pageSize: 20 });
  });

  it('should send only the changed fields with the revision when the user saves', async () => {
    api.update.mockResolvedValue(sampleArticle({ revision: 4, authorAddress: 'Văn phòng UBND xã' }));
    const wrapper = await mountEditor();
    expect(wrapper.find('[data-testid="article-save"]').attributes('disabled')).toBeDefined();
    await wrapper.find('#article-authorAddress').setValue('Văn phòng UBND xã');
    expect(wrapper.text()).toContain('Có thay đổi chưa lưu.');
    await wrapper.find('#article-form').trigger('submit');
    await flushPromises();
    expect(api.update).toHaveBeenCalledWith('an-hao-dong', sampleArticle().id, { revision: 3, authorAddress: 'Văn phòng UBND xã' });
    expect(wrapper.text()).toContain('Phiên bản 4');
    expect(wrapper.text()).toContain('Đã lưu lúc');
  });

  it('should keep both texts side by side and resave mine on the current revision when someone saved in between', async () => {
    const current = sampleArticle({ revision: 5, summary: 'Sapo của Phó ban.', body: '<p>Thân bài của Phó ban.</p>' });
    api.update
      .mockRejectedValueOnce(new HttpError({ status: 409, code: 'REVISION_CONFLICT', message: 'Dữ liệu đã được người khác thay đổi.', details: { current } }))
      .mockResolvedValueOnce(sampleArticle({ revision: 6, title: 'Tiêu đề tôi vừa gõ', summary: 'Sapo của Phó ban.', body: '<p>Thân bài của Phó ban.</p>' }));
    const wrapper = await mountEditor();
    await wrapper.find('#article-title').setValue('Tiêu đề tôi vừa gõ');
    await wrapper.find('#article-form').trigger('submit');
    await flushPromises();

    const conflict = wrapper.find('[data-testid="article-conflict"]');
    expect(conflict.text()).toContain('phiên bản mới (5)');
    expect(conflict.text()).toContain('CHƯA được lưu');
    // My text stays on screen, and both versions are shown.
    expect((wrapper.find('#article-title').element as HTMLInputElement).value).toBe('Tiêu đề tôi vừa gõ');
    expect(wrapper.find('[data-testid="conflict-title-mine"]').text()).toBe('Tiêu đề tôi vừa gõ');
    expect(wrapper.find('[data-testid="conflict-title-theirs"]').text()).toBe(sampleArticle().title);
    expect((wrapper.find('[data-testid="conflict-body-theirs"]').element as HTMLTextAreaElement).value).toBe('Thân bài của Phó ban.');
    expect((wrapper.find('[data-testid="conflict-body-mine"]').element as HTMLTextAreaElement).value).toBe('Sáng 29/11, xã tổ chức ra quân.');

    await wrapper.find('[data-testid="article-keep-mine"]').trigger('click');
    await flushPromises();
    // Only my change, on top of revision 5: their summary and body are kept.
    expect(api.update).toHaveBeenLastCalledWith('an-hao-dong', sampleArticle().id, { revision: 5, title: 'Tiêu đề tôi vừa gõ' });
    expect(wrapper.find('[data-testid="article-conflict"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="article-notice"]').text()).toContain('phiên bản 6');
  });

  it('should put the current version on screen when the user takes theirs', async () => {
    const current = sampleArticle({ revision: 5, title: 'Bản của Phó ban đã sửa' });
    api.update.mockRejectedValue(new HttpError({ status: 409, code: 'REVISION_CONFLICT', message: 'Xung đột.', details: { current } }));
    const wrapper = await mountEditor();
    await wrapper.find('#article-title').setValue('Tiêu đề tôi vừa gõ');
    await wrapper.find('#article-form').trigger('submit');
    await flushPromises();
    await wrapper.find('[data-testid="article-take-theirs"]').trigger('click');
    await flushPromises();
    expect((wrapper.find('#article-title').element as HTMLInputElement).value).toBe('Bản của Phó ban đã sửa');
    expect(wrapper.text()).toContain('Phiên bản 5');
    expect(api.update).toHaveBeenCalledTimes(1);
  });

  it('should offer back the unsaved text kept in this browser and restore it into the form', async () => {
    await keepDraft(
      { user: 'u1', site: 'an-hao-dong', type: 'article', id: sampleArticle().id },
      3,
      { title: 'Bản gõ dở hôm qua' },
      new Date('2026-12-05T03:32:00Z'),
    );
    const wrapper = await mountEditor();
    await vi.waitFor(async () => {
      await flushPromises();
      expect(wrapper.find('[data-testid="article-draft"]').exists()).toBe(true);
    });
    expect(wrapper.find('[data-testid="article-draft"]').text()).toContain('Có bản chưa lưu từ 05/12/2026 10:32');
    await wrapper.find('[data-testid="article-draft-restore"]').trigger('click');
    await flushPromises();
    expect((wrapper.find('#article-title').element as HTMLInputElement).value).toBe('Bản gõ dở hôm qua');
    expect(wrapper.text()).toContain('Có thay đổi chưa lưu.');
  });

  it('should ask before leaving with unsaved changes and stay when the user says so', async () => {
    const wrapper = await mountEditor();
    await wrapper.find('#article-title').setValue('Chưa lưu');
    const going = wrapper.router.push('/sites/an-hao-dong/tin-bai');
    await flushPromises();
    const dialog = document.querySelector('[data-testid="leave-dialog"]');
    expect(dialog?.textContent).toContain('Rời trang khi còn thay đổi chưa lưu?');
    (document.querySelector('[data-testid="leave-stay"]') as HTMLButtonElement).click();
    await going;
    await flushPromises();
    expect(wrapper.router.currentRoute.value.name).toBe('article-edit');
    expect((wrapper.find('#article-title').element as HTMLInputElement).value).toBe('Chưa lưu');
  });

  it('should tell who else has the item open', async () => {
    api.presence.mockResolvedValue({ others: [{ user: { id: 'u9', fullName: 'Nguyễn Văn A' }, since: new Date().toISOString(), editing: false }] });
    const wrapper = await mountEditor();
    expect(wrapper.find('[data-testid="article-presence"]').text()).toMatch(/Nguyễn Văn A cũng đang mở mục này \(từ \d\d:\d\d\)/);
    expect(api.presence).toHaveBeenCalledWith('an-hao-dong', sampleArticle().id, false);
  });

  it('should preview the text on screen with the portal’s article markup', async () => {
    const wrapper = await mountEditor();
    await wrapper.find('#article-title').setValue('Tiêu đề xem trước');
    await wrapper.find('[data-testid="article-preview"]').trigger('click');
    await flushPromises();
    const preview = document.querySelector('[data-testid="item-preview"]');
    expect(preview?.querySelector('.article__title')?.textContent).toBe('Tiêu đề xem trước');
    expect(preview?.querySelector('.article__summary')?.textContent).toBe('Hơn 300 người dân tham gia.');
    expect(preview?.querySelector('.article__body')?.innerHTML).toBe('<p>Sáng 29/11, xã tổ chức ra quân.</p>');
  });

  it('should check the slug against the rule when it is left', async () => {
    const wrapper = await mountEditor();
    await wrapper.find('#article-slug').setValue('Tin Mới');
    await wrapper.find('#article-slug').trigger('blur');
    expect(wrapper.find('#article-slug-error').text()).toContain('chữ thường không dấu');
  });

  it('should mark the provenance fields the API names when the submit is refused', async () => {
    api.transition.mockRejectedValue(
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

    expect(api.transition).toHaveBeenCalledWith('an-hao-dong', sampleArticle().id, { action: 'submit', revision: 3 });
    expect(wrapper.find('#article-authorAddress').attributes('aria-invalid')).toBe('true');
    expect(wrapper.find('#article-authorAddress-error').text()).toBe('Cần điền mục này trước khi gửi duyệt.');
    expect(wrapper.find('[data-testid="article-error"]').text()).toContain('Thiếu thông tin nguồn tin');
  });

  it('should require the reason in the dialog when the action is a return', async () => {
    api.get.mockResolvedValue(sampleArticle({ status: 'in_review', editionStatus: 'in_review', actions: ['verify', 'return'], canEdit: true }));
    const wrapper = await mountEditor();
    await wrapper.find('#action-return').trigger('click');
    await flushPromises();
    expect(wrapper.find('label[for="transition-return-note"]').text()).toBe('Lý do (bắt buộc)');
    await wrapper.find('[data-testid="transition-confirm"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('#transition-return-note-error').text()).toBe('Hãy ghi lý do.');
    expect(api.transition).not.toHaveBeenCalled();
  });

  it('should show the reason prominently and lock the form when the item came back and may not be edited', async () => {
    api.get.mockResolvedValue(
      sampleArticle({
        status: 'unpublished',
        editionStatus: 'published',
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
    expect(note.text()).toContain('Nguyễn Văn Trưởng, lúc 02/03/2026 10:00');
    expect(wrapper.find('#article-title').attributes('readonly')).toBeDefined();
    expect(document.querySelector('[data-testid="article-draft"]')).toBeNull();
    expect(wrapper.find('[data-testid="article-save"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="workflow-actions"]').exists()).toBe(false);
  });

  it('should list what is still missing beside Submit and drop each item as the user fills it in', async () => {
    const wrapper = await mountEditor();
    const checklist = () => wrapper.find('[data-testid="submit-checklist"]');
    const items = () =>
      checklist()
        .findAll('li')
        .map((li) => li.text());
    expect(items()).toEqual(['Chuyên mục', 'Địa chỉ, đơn vị của tác giả', 'Tôi xác nhận nội dung không chứa thông tin bí mật nhà nước.']);
    expect(wrapper.find('label[for="article-authorAddress"]').text()).toContain('*');

    await wrapper.find('#article-authorAddress').setValue('Văn phòng UBND xã');
    await wrapper.find('#article-noSecretConfirmed').setValue(true);
    expect(items()).toEqual(['Chuyên mục']);

    // Collected material needs its source and collector: the schema's rule, applied as the user chooses.
    await wrapper.find('input[name="article-origin"][value="collected"]').setValue(true);
    expect(items()).toEqual(['Chuyên mục', 'Nguồn, tài liệu tham khảo', 'Người sưu tầm', 'Địa chỉ người sưu tầm']);
    expect(wrapper.find('label[for="article-collectorName"]').text()).toContain('*');
  });

  it('should show no checklist when the user may not submit', async () => {
    api.get.mockResolvedValue(sampleArticle({ status: 'in_review', editionStatus: 'in_review', actions: ['verify', 'return'] }));
    const wrapper = await mountEditor();
    expect(wrapper.find('[data-testid="workflow-actions"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="submit-checklist"]').exists()).toBe(false);
  });

  it('should warn that a save opens a new edition exactly when the API says so', async () => {
    const live: Partial<ArticleResponse> = { status: 'published', editionStatus: 'published', liveStatus: 'published', actions: [] };
    api.get.mockResolvedValue(sampleArticle({ ...live, opensEdition: true }));
    const opening = await mountEditor();
    expect(opening.text()).toContain('Lần lưu tới sẽ mở một lần biên tập mới');

    api.get.mockResolvedValue(sampleArticle({ ...live, opensEdition: false }));
    const notOpening = await mountEditor();
    expect(notOpening.text()).not.toContain('Lần lưu tới sẽ mở một lần biên tập mới');
  });

  it('should take the labels and limits of the form from the article schema', async () => {
    const wrapper = await mountEditor();
    expect(wrapper.find('label[for="article-body"]').text()).toBe('Nội dung *');
    expect(wrapper.find('#article-title').attributes('maxlength')).toBe('300');
    expect(wrapper.findAll('#article-kind option').map((o) => o.text())).toEqual(['Tin', 'Bài', 'Ảnh', 'Video', 'Thông báo']);
  });
});
