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
import { procedureApi } from '../api';
import { sampleProcedure } from '../testing';

vi.mock('../../auth/api', () => ({ login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), fetchMe: vi.fn(), requestPasswordReset: vi.fn(), setPassword: vi.fn() }));
vi.mock('../api', () => ({
  procedureApi: {
    route: 'procedures',
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
const api = vi.mocked(procedureApi);
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
  await router.push(`/sites/an-hao-dong/thu-tuc/${sampleProcedure().id}`);
  await router.isReady();
  const wrapper = mount(defineComponent({ render: () => h(RouterView) }), {
    global: { plugins: [pinia, createAppI18n('vi'), router], stubs: { MediaPickerDialog: true } },
    attachTo: document.body,
  });
  await flushPromises();
  return wrapper;
}

describe('ProcedureEditorPage', { timeout: 60_000 }, () => {
  beforeEach(() => {
    vi.resetAllMocks();
    localStorage.clear();
    document.body.innerHTML = '';
    api.presence.mockResolvedValue({ others: [] });
    api.leave.mockResolvedValue(undefined);
    auth.refresh.mockResolvedValue({ accessToken: 't', expiresIn: 900, user });
    auth.fetchMe.mockResolvedValue(me);
    api.get.mockResolvedValue(sampleProcedure());
    api.history.mockResolvedValue({ transitions: [], revisions: [] });
    site.listFields.mockResolvedValue({
      items: [{ id: 'f0000000-0000-4000-8000-000000000001', name: 'Hộ tịch', slug: 'ho-tich', memberCount: 1, revision: 1 }],
      total: 1,
      page: 1,
      pageSize: 20,
    });
    media.getMedia.mockResolvedValue({
      id: 'a0000000-0000-4000-8000-000000000001',
      originalName: 'to-khai-khai-sinh.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 20_480,
    } as never);
    // The saved legal basis, as the staff route reads it.
    request.mockResolvedValue({ id: 'd0000000-0000-4000-8000-000000000001', title: 'Luật Hộ tịch', number: '60/2014/QH13' });
  });

  it('should draw the boxes of a procedure in the national pages’ order: its code, dossier rows with their form, and legal basis', async () => {
    const wrapper = await mountEditor();
    expect(wrapper.find('[data-testid="procedure-heading"]').text()).toBe('Đăng ký khai sinh');
    const legends = wrapper.findAll('fieldset.panel > legend').map((l) => l.text());
    expect(legends).toEqual(['Thủ tục và cơ quan thực hiện', 'Cách thức thực hiện', 'Trình tự thực hiện', 'Thành phần hồ sơ', 'Căn cứ pháp lý và liên kết']);
    expect((wrapper.find('#procedure-code').element as HTMLInputElement).value).toBe('1.001193');
    expect(wrapper.findAll('[data-testid="rows-row"]')).toHaveLength(2);
    expect((wrapper.find('#procedure-dossier-1-name').element as HTMLTextAreaElement).value).toBe('Giấy chứng sinh');
    expect(wrapper.find('[data-testid="rows-file"]').text()).toContain('to-khai-khai-sinh.pdf');
    expect((wrapper.find('#procedure-legalBasis-0-item').element as HTMLInputElement).value).toBe('60/2014/QH13 — Luật Hộ tịch');
    expect(wrapper.find('[data-testid="relation-kind"]').exists()).toBe(false);
  });

  it('should send the dossier with each row’s id when a row changed, an emptied cell as null', async () => {
    api.update.mockResolvedValue(sampleProcedure({ revision: 4 }));
    const wrapper = await mountEditor();
    await wrapper.find('#procedure-dossier-1-copies').setValue('');
    await wrapper.find('#procedure-form').trigger('submit');
    await flushPromises();
    expect(api.update).toHaveBeenCalledWith('an-hao-dong', sampleProcedure().id, {
      revision: 3,
      dossier: [
        { id: 'r1', name: 'Tờ khai đăng ký khai sinh', copies: '01 bản chính', form: 'a0000000-0000-4000-8000-000000000001' },
        { id: 'r2', name: 'Giấy chứng sinh', copies: null, form: null },
      ],
    });
  });

  it('should say at the field what is wrong with a code or a link the API refuses (CONTENT_INCOMPLETE invalid)', async () => {
    api.update.mockRejectedValue(
      new HttpError({ status: 422, code: 'CONTENT_INCOMPLETE', message: 'Nội dung chưa đủ hoặc chưa đúng.', details: { invalid: ['code', 'nationalUrl'] } }),
    );
    const wrapper = await mountEditor();
    await wrapper.find('#procedure-code').setValue('1001193');
    await wrapper.find('#procedure-form').trigger('submit');
    await flushPromises();
    const input = wrapper.find('#procedure-code');
    expect(input.attributes('aria-invalid')).toBe('true');
    const errorId = input
      .attributes('aria-describedby')!
      .split(' ')
      .find((id) => id.endsWith('-error'))!;
    expect(document.getElementById(errorId)?.textContent).toBe('Mã thủ tục gồm 1 chữ số, dấu chấm và 6 chữ số, ví dụ 1.001193.');
    expect(wrapper.find('[data-field="procedure-nationalUrl"] .field__error').text()).toBe('Liên kết phải bắt đầu bằng https://');
    expect(document.activeElement?.id).toBe('procedure-code');
  });
});
