import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, RouterView } from 'vue-router';
import type { MeResponse } from '@congxa/shared/dto/auth';
import * as http from '../../../core/http';
import { HttpError } from '../../../core/http';
import { createAppI18n } from '../../../i18n';
import { createAppRouter } from '../../../router';
import * as authApi from '../../auth/api';
import * as contentApi from '../../content/api';
import * as mediaApi from '../../media/api';
import { documentApi } from '../api';
import { sampleDocument } from '../testing';

vi.mock('../../auth/api', () => ({ login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), fetchMe: vi.fn(), requestPasswordReset: vi.fn(), setPassword: vi.fn() }));
vi.mock('../api', () => ({
  documentApi: {
    route: 'documents',
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
vi.mock('../../content/api', () => ({ listFields: vi.fn(), listCategories: vi.fn(), listMembers: vi.fn(), fetchQueue: vi.fn(), listAll: vi.fn() }));
vi.mock('../../media/api', () => ({ getMedia: vi.fn() }));
vi.mock('../../../core/http', async (importOriginal) => ({ ...(await importOriginal<typeof http>()), http: vi.fn() }));
const auth = vi.mocked(authApi);
const api = vi.mocked(documentApi);
const site = vi.mocked(contentApi);
const media = vi.mocked(mediaApi);
const request = vi.mocked(http.http);

const user = { id: 'u2', email: 'deputy@demo.local', fullName: 'Trần Thị Phó', isPlatformAdmin: false };
const me: MeResponse = {
  user,
  permissions: ['notification.read'],
  memberships: [
    {
      site: { id: 's1', code: '99999', slug: 'an-hao-dong', name: 'Xã Ân Hảo Đông' },
      role: 'deputy',
      isStaff: true,
      fields: [],
      permissions: ['content.read', 'content.read_all', 'content.create', 'content.update'],
    },
  ],
};

async function mountEditor() {
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createAppRouter(createMemoryHistory('/admin/'));
  await router.push(`/sites/an-hao-dong/van-ban/${sampleDocument().id}`);
  await router.isReady();
  const wrapper = mount(defineComponent({ render: () => h(RouterView) }), {
    global: { plugins: [pinia, createAppI18n('vi'), router], stubs: { MediaPickerDialog: true } },
    attachTo: document.body,
  });
  await flushPromises();
  return wrapper;
}

describe('DocumentEditorPage', { timeout: 60_000 }, () => {
  beforeEach(() => {
    vi.resetAllMocks();
    localStorage.clear();
    document.body.innerHTML = '';
    api.presence.mockResolvedValue({ others: [] });
    api.leave.mockResolvedValue(undefined);
    auth.refresh.mockResolvedValue({ accessToken: 't', expiresIn: 900, user });
    auth.fetchMe.mockResolvedValue(me);
    api.get.mockResolvedValue(sampleDocument());
    api.history.mockResolvedValue({ transitions: [], revisions: [] });
    site.listFields.mockResolvedValue({
      items: [{ id: 'f0000000-0000-4000-8000-000000000001', name: 'Kinh tế', slug: 'kinh-te', memberCount: 2, revision: 1 }],
      total: 1,
      page: 1,
      pageSize: 20,
    });
    media.getMedia.mockResolvedValue({
      id: 'a0000000-0000-4000-8000-000000000001',
      originalName: 'qd-12.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 2048,
    } as never);
    request.mockResolvedValue({ id: 'd0000000-0000-4000-8000-000000000001', title: 'Quy chế cũ', number: '15/QĐ-UBND' });
  });

  it('should draw the boxes of a document: its dates as dd/mm/yyyy, its file and its relation', async () => {
    const wrapper = await mountEditor();
    expect(wrapper.find('[data-testid="document-heading"]').text()).toBe(sampleDocument().title);
    const dates = wrapper.findAll('[data-testid="document-panel-dates"] .field__label').map((l) => l.text().replace(/\s*\*$/, ''));
    expect(dates).toEqual(['Ngày ban hành', 'Ngày có hiệu lực', 'Ngày hết hiệu lực']);
    expect((wrapper.find('#document-issuedOn').element as HTMLInputElement).value).toBe('05/03/2026');
    expect((wrapper.find('#document-effectiveOn').element as HTMLInputElement).value).toBe('');
    expect(wrapper.find('[data-testid="attachment-row"]').text()).toContain('qd-12.pdf');
    expect((wrapper.find('#document-relations-0-item').element as HTMLInputElement).value).toBe('15/QĐ-UBND — Quy chế cũ');
  });

  it('should send the changed day as YYYY-MM-DD with the revision', async () => {
    api.update.mockResolvedValue(sampleDocument({ revision: 4, effectiveOn: '2026-03-15' }));
    const wrapper = await mountEditor();
    await wrapper.find('#document-effectiveOn').setValue('15/03/2026');
    await wrapper.find('#document-form').trigger('submit');
    await flushPromises();
    expect(api.update).toHaveBeenCalledWith('an-hao-dong', sampleDocument().id, { revision: 3, effectiveOn: '2026-03-15' });
  });

  it('should show the broken rule at the field when the API refuses the dates (CONTENT_INCOMPLETE invalid)', async () => {
    api.update.mockRejectedValue(
      new HttpError({
        status: 422,
        code: 'CONTENT_INCOMPLETE',
        message: 'Nội dung chưa đủ hoặc chưa đúng.',
        details: { invalid: ['effectiveOn', 'relations'] },
      }),
    );
    const wrapper = await mountEditor();
    await wrapper.find('#document-effectiveOn').setValue('01/03/2026');
    await wrapper.find('#document-form').trigger('submit');
    await flushPromises();
    const input = wrapper.find('#document-effectiveOn');
    expect(input.attributes('aria-invalid')).toBe('true');
    const errorId = input
      .attributes('aria-describedby')!
      .split(' ')
      .find((id) => id.endsWith('-error'))!;
    expect(document.getElementById(errorId)?.textContent).toBe('Ngày có hiệu lực không được trước ngày ban hành.');
    expect(wrapper.find('[data-testid="relations-field"] .field__error').text()).toBe(
      'Có văn bản liên quan không thuộc trang này, hoặc là chính văn bản đang sửa.',
    );
    expect(document.activeElement?.id).toBe('document-effectiveOn');
  });
});
