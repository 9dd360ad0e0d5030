import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import type { MeResponse } from '@congxa/shared/dto/auth';
import type { SpreadsheetImportResponse, SpreadsheetPreviewResponse } from '@congxa/shared/dto/imports';
import * as http from '../../../core/http';
import { createAppI18n } from '../../../i18n';
import * as authApi from '../../auth/api';
import { useSessionStore } from '../../auth/stores/session';
import { documentRoutes } from '../../documents/routes';

vi.mock('../../auth/api', () => ({ login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), fetchMe: vi.fn(), requestPasswordReset: vi.fn(), setPassword: vi.fn() }));
vi.mock('../../../core/http', async (importOriginal) => ({ ...(await importOriginal<typeof http>()), upload: vi.fn() }));
const auth = vi.mocked(authApi);
const upload = vi.mocked(http.upload);

const SITE = 'an-hao-dong';
const user = { id: 'u5', email: 'contributor@demo.local', fullName: 'Hoàng Văn Cộng', isPlatformAdmin: false };
const me: MeResponse = {
  user,
  permissions: [],
  memberships: [
    {
      site: { id: 's1', code: '99999', slug: SITE, name: 'Xã Ân Hảo Đông' },
      role: 'contributor',
      isStaff: true,
      fields: [],
      permissions: ['content.read', 'content.create'],
    },
  ],
};
const problem = (column: string, field: string, vi: string) => ({ column, field, code: 'x', message: { vi, en: vi } });
const PREVIEW: SpreadsheetPreviewResponse = {
  type: 'document',
  format: 'xlsx',
  sheet: 'Sổ văn bản',
  headerRow: 1,
  columns: [],
  rows: [
    {
      row: 2,
      key: '12/qd-ubnd|2024',
      content: { number: '12/QĐ-UBND', title: 'Về việc ban hành quy chế' },
      match: { kind: 'new' },
      errors: [],
      warnings: [],
      files: [{ name: '12.pdf', found: true }],
    },
    {
      row: 3,
      key: null,
      content: { number: '12 QĐ', title: 'Về việc khác' },
      match: { kind: 'new' },
      errors: [problem('Số, ký hiệu', 'number', 'Số, ký hiệu không đọc được.'), problem('Ngày ban hành', 'issuedOn', 'Ngày không hợp lệ.')],
      warnings: [],
      files: [],
    },
  ],
  counts: { rows: 2, valid: 1, invalid: 1, new: 1, update: 0, unchanged: 0 },
  unusedFiles: [],
  notices: [],
};
const RESULT: SpreadsheetImportResponse = {
  type: 'document',
  created: 1,
  updated: 0,
  unchanged: 0,
  skipped: [3],
  files: 1,
  submitted: 0,
  items: [{ row: 2, id: 'd-1', title: 'Về việc ban hành quy chế', action: 'created', submitted: false }],
};

async function mountPage() {
  auth.fetchMe.mockResolvedValue(me);
  const pinia = createPinia();
  setActivePinia(pinia);
  await useSessionStore().restore();
  const router = createRouter({
    history: createMemoryHistory('/admin/'),
    routes: [
      { path: '/sites/:site/van-ban', name: 'documents', component: { render: () => h('p', 'list') } },
      documentRoutes.find((r) => r.name === 'document-import')!,
      { path: '/sites/:site/van-ban/:id', name: 'document-edit', component: { render: () => h('p', 'editor') } },
    ],
  });
  await router.push(`/sites/${SITE}/van-ban/nhap-bang-tinh`);
  await router.isReady();
  const wrapper = mount(defineComponent({ render: () => h(RouterView) }), {
    global: { plugins: [pinia, createAppI18n('vi'), router] },
    attachTo: document.body,
  });
  await flushPromises();
  return wrapper;
}

function choose(input: HTMLInputElement, files: File[]): void {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
}

describe('SpreadsheetImportPage (legal documents)', { timeout: 20_000 }, () => {
  beforeEach(() => {
    vi.resetAllMocks();
    document.body.innerHTML = '';
    auth.refresh.mockResolvedValue({ accessToken: 't', expiresIn: 900, user });
  });

  it('should preview the rows with errors under their cells, then import the valid ones and link them', async () => {
    upload.mockResolvedValueOnce(PREVIEW).mockResolvedValueOnce(RESULT);
    const wrapper = await mountPage();
    expect(wrapper.find('h1').text()).toBe('Nhập văn bản từ bảng tính');
    expect(wrapper.find('.breadcrumb').text()).toBe('← Danh sách văn bản');
    choose(wrapper.find<HTMLInputElement>('#sheet-import-sheet').element, [new File(['x'], 'so.xlsx')]);
    choose(wrapper.find<HTMLInputElement>('#sheet-import-files').element, [new File(['%PDF'], '12.pdf')]);
    await flushPromises();
    await wrapper.find('[data-testid="sheet-import-preview"]').trigger('submit');
    await flushPromises();

    const [path, form] = upload.mock.calls[0]!;
    expect(path).toBe(`/sites/${SITE}/imports/document/preview`);
    expect((form.get('file') as File).name).toBe('so.xlsx');
    expect((form.getAll('files') as File[]).map((f) => f.name)).toEqual(['12.pdf']);

    const bad = wrapper.find('[data-testid="sheet-import-row-3"]');
    expect(bad.find('.sheet-import__cell--bad').text()).toContain('Số, ký hiệu không đọc được.');
    expect(bad.text()).toContain('Ngày ban hành: Ngày không hợp lệ.');
    expect(bad.text()).toContain('Có lỗi');
    expect(wrapper.find('[data-testid="sheet-import-row-2"]').text()).toContain('12.pdf (đã có)');

    const commit = wrapper.find('[data-testid="sheet-import-commit"]');
    expect(commit.text()).toBe('Nhập 1 dòng hợp lệ');
    await commit.element.closest('form')!.dispatchEvent(new Event('submit'));
    await flushPromises();
    const [commitPath, commitForm] = upload.mock.calls[1]!;
    expect(commitPath).toBe(`/sites/${SITE}/imports/document`);
    expect(commitForm.get('skipInvalid')).toBe('1');
    expect(commitForm.get('submit')).toBeNull();
    const result = wrapper.find('[data-testid="sheet-import-result"]');
    expect(result.text()).toContain('Đã tạo 1 bản nháp');
    expect(result.find('a').attributes('href')).toBe(`/admin/sites/${SITE}/van-ban/d-1`);
  });

  it('should not submit for approval without the no-secret confirmation', async () => {
    upload.mockResolvedValueOnce(PREVIEW);
    const wrapper = await mountPage();
    choose(wrapper.find<HTMLInputElement>('#sheet-import-sheet').element, [new File(['x'], 'so.xlsx')]);
    await wrapper.find('[data-testid="sheet-import-preview"]').trigger('submit');
    await flushPromises();
    await wrapper.find('[data-testid="sheet-import-submit"]').setValue(true);
    await wrapper.find('[data-testid="sheet-import-commit"]').element.closest('form')!.dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(upload).toHaveBeenCalledTimes(1);
    expect(wrapper.text()).toContain('Hãy xác nhận không có thông tin bí mật nhà nước để gửi duyệt.');
  });
});
