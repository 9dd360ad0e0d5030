import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import type { Permission } from '@congxa/shared/authz';
import type { MediaDetailResponse, MediaResponse, UploadMediaResponse } from '@congxa/shared/dto/media';
import * as core from '../../../core/http';
import { HttpError, type HttpOptions, type UploadOptions } from '../../../core/http';
import { createAppI18n } from '../../../i18n';
import { useSessionStore } from '../../auth/stores/session';
import { mediaRoutes } from '../routes';
import { sampleDocument, sampleImage } from '../testing';

vi.mock('../../../core/http', async (importOriginal) => ({ ...(await importOriginal<typeof core>()), http: vi.fn(), upload: vi.fn() }));
const http = vi.mocked(core.http);
const upload = vi.mocked(core.upload);

const SITE = 'an-hao-dong';
const user = { id: 'u1', email: 'ctv@demo.local', fullName: 'Hoàng Văn Cộng', isPlatformAdmin: false };
const CONTRIBUTOR: Permission[] = ['media.read', 'media.upload', 'media.update'];

let library: MediaResponse[] = [];
let details: Record<string, Partial<MediaDetailResponse>> = {};
let patch: (path: string, body: unknown) => Promise<unknown> = () => Promise.reject(new Error('unexpected PATCH'));

function fakeHttp(path: string, options: HttpOptions = {}): Promise<unknown> {
  if (options.method === 'PATCH') return patch(path, options.body);
  if (path === `/sites/${SITE}/media`) return Promise.resolve({ items: library, total: library.length, page: 1, pageSize: 24 });
  const id = path.split('/').pop()!;
  const item = library.find((m) => m.id === id);
  if (!item) return Promise.reject(new HttpError({ status: 404, code: 'MEDIA_NOT_FOUND', message: 'Không tìm thấy ảnh hoặc tệp.' }));
  return Promise.resolve({ ...item, usage: [], hiddenUsageCount: 0, ...details[id] });
}

/** Each upload waits to be driven by hand: its progress callback, resolve and reject. */
const transfers = new Map<string, { options: UploadOptions; resolve: (r: UploadMediaResponse) => void; reject: (e: unknown) => void }>();

async function mountPage(permissions: Permission[] = CONTRIBUTOR, path = `/sites/${SITE}/thu-vien`) {
  const pinia = createPinia();
  setActivePinia(pinia);
  useSessionStore().$patch({
    status: 'authenticated',
    user,
    memberships: [{ site: { id: 's1', code: '99999', slug: SITE, name: 'Xã Ân Hảo Đông' }, role: 'contributor', isStaff: true, fields: [], permissions }],
  });
  const Stub = { render: () => h('p', 'editor') };
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      ...mediaRoutes,
      { path: '/sites/:site/tin-bai/:id', name: 'article-edit', component: Stub },
      { path: '/sites/:site/trang/:id', name: 'page-edit', component: Stub },
    ],
  });
  await router.push(path);
  await router.isReady();
  const Root = defineComponent({ render: () => h(RouterView) });
  const wrapper = mount(Root, { global: { plugins: [pinia, createAppI18n('vi'), router] }, attachTo: document.body });
  await vi.waitFor(() => expect(wrapper.find('[data-testid="media-upload"]').exists() || wrapper.text().includes('Thư viện')).toBe(true));
  await flushPromises();
  return { wrapper, router };
}

function chooseFiles(input: HTMLInputElement, files: File[]): void {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
}

const jpeg = (name: string, size = 4096) => new File([new Uint8Array(size)], name, { type: 'image/jpeg' });

describe('MediaLibraryPage', { timeout: 20_000 }, () => {
  beforeEach(() => {
    vi.clearAllMocks();
    document.body.innerHTML = '';
    library = [
      sampleImage({ id: 'i1', originalName: 'hoi-nghi.jpg' }),
      sampleDocument({ id: 'd1' }),
      sampleImage({ id: 'i2', originalName: 'le-hoi.jpg', altText: null }),
    ];
    details = {};
    transfers.clear();
    http.mockImplementation((path, options) => fakeHttp(path, options) as never);
    upload.mockImplementation(
      (_path, form, options = {}) =>
        new Promise((resolve, reject) => {
          const file = form.get('file') as File;
          transfers.set(file.name, { options, resolve: resolve as (r: UploadMediaResponse) => void, reject });
        }),
    );
  });

  it('should show thumbnails, documents by type and size, and a badge on images without alt text', async () => {
    const { wrapper } = await mountPage();
    const cards = wrapper.findAll('[data-testid="media-card"]');
    expect(cards).toHaveLength(3);
    expect(wrapper.find('[data-testid="media-count"]').text()).toBe('3 mục');
    expect(cards[0]!.find('img').attributes('src')).toBe('/api/v1/public/media/i1/w320.webp');
    expect(cards[1]!.text()).toContain('PDF · 830 KB');
    expect(cards[2]!.find('[data-testid="missing-alt"]').text()).toBe('Thiếu mô tả');
    expect(cards[0]!.find('[data-testid="missing-alt"]').exists()).toBe(false);
  });

  it('should keep the search and filters in the URL', async () => {
    const { wrapper, router } = await mountPage();
    await wrapper.find('[data-testid="media-search"]').setValue('hoi nghi');
    await wrapper.find('form[role="search"]').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ q: 'hoi nghi' });
    await wrapper.find('[data-testid="media-missing-alt"]').setValue(true);
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ q: 'hoi nghi', missingAlt: '1' });
    expect(http).toHaveBeenLastCalledWith(`/sites/${SITE}/media`, { query: { page: 1, pageSize: 24, kind: undefined, q: 'hoi nghi', missingAlt: 1 } });
  });

  it('should upload several files at once, each with its own progress, and put them in the grid', async () => {
    const { wrapper } = await mountPage();
    chooseFiles(wrapper.find<HTMLInputElement>('[data-testid="media-file-input"]').element, [jpeg('a.jpg'), jpeg('b.jpg')]);
    await flushPromises();
    expect(upload).toHaveBeenCalledTimes(2);
    expect(upload.mock.calls[0]![0]).toBe(`/sites/${SITE}/media`);

    transfers.get('a.jpg')!.options.onProgress!({ phase: 'sending', percent: 40, loaded: 1638, total: 4096 });
    transfers.get('b.jpg')!.options.onProgress!({ phase: 'processing', percent: 100, loaded: 4096, total: 4096 });
    await flushPromises();
    const rows = wrapper.findAll('[data-testid="media-upload-row"]');
    expect(rows[0]!.find('[data-testid="media-upload-status"]').text()).toContain('Đang gửi 40%');
    expect(rows[0]!.find('progress').attributes('value')).toBe('40');
    expect(rows[1]!.find('[data-testid="media-upload-status"]').text()).toBe('Đang xử lý…');
    expect(rows[1]!.find('progress').attributes('value')).toBeUndefined();

    transfers.get('b.jpg')!.resolve({ ...sampleImage({ id: 'new-b', originalName: 'b.jpg', altText: null }), duplicate: false });
    await flushPromises();
    expect(rows[1]!.find('[data-testid="media-upload-status"]').text()).toBe('Đã tải lên');
    const names = wrapper.findAll('[data-testid="media-card"]').map((c) => c.find('.media-card__name').text());
    expect(names[0]).toBe('b.jpg');
    expect(names).toHaveLength(4);

    // Cancel one file: the other is not touched.
    await rows[0]!.find('[data-testid="media-upload-cancel"]').trigger('click');
    expect(transfers.get('a.jpg')!.options.signal!.aborted).toBe(true);
  });

  it("should show a refused file's reason and still upload the others", async () => {
    const { wrapper } = await mountPage();
    chooseFiles(wrapper.find<HTMLInputElement>('[data-testid="media-file-input"]').element, [
      jpeg('anh.heic'),
      jpeg('to.jpg', 30 * 1024 * 1024),
      jpeg('ok.jpg'),
    ]);
    await flushPromises();
    transfers.get('anh.heic')!.reject(
      new HttpError({
        status: 415,
        code: 'UNSUPPORTED_MEDIA_FORMAT',
        message: 'Định dạng tệp không được nhận. Chỉ nhận ảnh JPEG, PNG, WebP, GIF và tài liệu PDF, DOCX.',
      }),
    );
    transfers.get('to.jpg')!.reject(
      new HttpError({
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message: 'Nội dung gửi lên quá lớn.',
        details: { field: 'file', kind: 'image', maxBytes: 20 * 1024 * 1024 },
      }),
    );
    transfers.get('ok.jpg')!.resolve({ ...sampleImage({ id: 'ok', originalName: 'ok.jpg' }), duplicate: false });
    await flushPromises();
    const errors = wrapper.findAll('[data-testid="media-upload-error"]').map((e) => e.text());
    expect(errors).toEqual([
      'Định dạng tệp không được nhận. Chỉ nhận ảnh JPEG, PNG, WebP, GIF và tài liệu PDF, DOCX.',
      'Ảnh quá lớn (30 MB); ảnh tối đa 20 MB.',
    ]);
    expect(wrapper.findAll('[data-testid="media-upload-status"]').map((s) => s.text())).toEqual(['Không tải lên được', 'Không tải lên được', 'Đã tải lên']);
    expect(wrapper.find('[data-testid="media-card"] .media-card__name').text()).toBe('ok.jpg');
  });

  it('should open the details with facts and usage, and keep the typed alt text on a 409', async () => {
    details.i2 = {
      usage: [{ type: 'article', id: 'a1', title: 'Lễ hội đầu xuân', status: 'draft' }],
      hiddenUsageCount: 2,
    };
    const theirs = { ...library[2]!, altText: 'Lễ hội đình làng (bản của người khác)', revision: 2 };
    patch = () => Promise.reject(new HttpError({ status: 409, code: 'REVISION_CONFLICT', message: 'x', details: { current: theirs } }));
    const { wrapper } = await mountPage();
    await wrapper.findAll('[data-testid="media-card"]')[2]!.trigger('click');
    await flushPromises();

    const dialog = document.querySelector<HTMLElement>('[data-testid="media-detail"]')!;
    expect(dialog).not.toBeNull();
    expect(dialog.querySelector('[data-testid="media-uploaded-at"]')!.textContent).toBe('01/03/2026 08:30');
    const usage = dialog.querySelector('[data-testid="media-usage"]')!;
    expect(usage.querySelector('a')!.getAttribute('href')).toBe(`/sites/${SITE}/tin-bai/a1`);
    expect(usage.textContent).toContain('và 2 mục bạn không xem được');

    const alt = dialog.querySelector<HTMLTextAreaElement>('[data-testid="media-alt-input"]')!;
    alt.value = 'Người dân dự lễ hội đình làng';
    alt.dispatchEvent(new Event('input'));
    dialog.querySelector('form')!.dispatchEvent(new Event('submit'));
    await flushPromises();

    expect(dialog.querySelector('[data-testid="media-form-message"]')!.textContent).toContain('Người khác vừa sửa; đã tải lại bản mới');
    expect(alt.value).toBe('Người dân dự lễ hội đình làng');
    expect(dialog.querySelector('[data-testid="media-conflict-alt"]')!.textContent).toBe('Lễ hội đình làng (bản của người khác)');

    // Saving again goes on top of their revision.
    patch = vi.fn(() => Promise.resolve({ ...theirs, altText: 'Người dân dự lễ hội đình làng', revision: 3 }));
    dialog.querySelector('form')!.dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(patch).toHaveBeenCalledWith(`/sites/${SITE}/media/i2`, { revision: 2, altText: 'Người dân dự lễ hội đình làng', caption: null });
    expect(wrapper.findAll('[data-testid="media-card"]')[2]!.find('[data-testid="missing-alt"]').exists()).toBe(false);
  });

  it('should show the alt text read-only to a contributor who did not upload the image', async () => {
    library = [sampleImage({ id: 'i9', uploadedBy: { id: 'u7', fullName: 'Người khác' } })];
    const { wrapper } = await mountPage();
    await wrapper.find('[data-testid="media-card"]').trigger('click');
    await flushPromises();
    const dialog = document.querySelector<HTMLElement>('[data-testid="media-detail"]')!;
    expect(dialog.querySelector('[data-testid="media-alt-input"]')).toBeNull();
    expect(dialog.textContent).toContain('Hội nghị tổng kết năm của xã');
  });

  it('should say the library is empty, and offer to clear filters that match nothing', async () => {
    library = [];
    const empty = await mountPage();
    expect(empty.wrapper.find('[data-testid="media-empty"]').text()).toContain('Thư viện chưa có ảnh hay tệp nào.');
    const filtered = await mountPage(CONTRIBUTOR, `/sites/${SITE}/thu-vien?q=xyz`);
    expect(filtered.wrapper.find('[data-testid="media-empty"]').text()).toContain('Không có ảnh, tệp nào khớp');
  });
});
