import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import type { MediaResponse } from '@congxa/shared/dto/media';
import { createAppI18n } from '../../../i18n';
import * as mediaApi from '../../media/api';
import AttachmentsField from './AttachmentsField.vue';

vi.mock('../../media/api', () => ({ getMedia: vi.fn() }));
const getMedia = vi.mocked(mediaApi.getMedia);

const A = 'a0000000-0000-4000-8000-000000000001';
const B = 'a0000000-0000-4000-8000-000000000002';
const C = 'a0000000-0000-4000-8000-000000000003';
const media = (id: string, originalName: string, mimeType: string, sizeBytes: number): MediaResponse => ({
  id,
  kind: 'document',
  mimeType,
  originalName,
  sizeBytes,
  sha256: 'x',
  width: null,
  height: null,
  altText: null,
  caption: null,
  variants: [],
  uploadedBy: null,
  revision: 1,
  createdAt: '2026-03-01T00:00:00Z',
  updatedAt: '2026-03-01T00:00:00Z',
});
const LIBRARY: Record<string, MediaResponse> = {
  [A]: media(A, 'qd-12.pdf', 'application/pdf', 245_760),
  [B]: media(B, 'qd-12.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 40_960),
  [C]: media(C, 'phu-luc.pdf', 'application/pdf', 1_048_576),
};

/** The library picker is replaced by a button that picks `C`. */
const PickerStub = {
  props: { open: Boolean, site: { type: String, default: '' }, kind: { type: String, default: '' } },
  emits: ['pick', 'update:open'],
  setup:
    (props: Record<string, unknown>, { emit }: { emit: (event: string, ...args: unknown[]) => void }) =>
    () =>
      h('div', { 'data-testid': 'picker', 'data-kind': String(props.kind), 'data-open': String(props.open) }, [
        h('button', { type: 'button', 'data-testid': 'pick-c', onClick: () => emit('pick', LIBRARY[C]!) }, 'pick'),
      ]),
};

function mountField(initial: string[], options: { maxItems?: number; error?: string; lang?: 'vi' | 'en' } = {}) {
  const ids = ref<string[]>(initial);
  const Host = defineComponent({
    render: () =>
      h(AttachmentsField, {
        id: 'document-attachments',
        site: 'an-hao-dong',
        label: 'Tệp văn bản',
        maxItems: options.maxItems ?? 10,
        error: options.error,
        required: true,
        modelValue: ids.value,
        'onUpdate:modelValue': (v: string[]) => (ids.value = v),
      }),
  });
  const wrapper = mount(Host, {
    attachTo: document.body,
    global: { plugins: [createAppI18n(options.lang ?? 'vi')], stubs: { MediaPickerDialog: PickerStub } },
  });
  return { wrapper, ids };
}

const names = (wrapper: ReturnType<typeof mount>) => wrapper.findAll('[data-testid="attachment-row"] .attachments__name').map((n) => n.text());

describe('AttachmentsField', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    document.body.innerHTML = '';
    getMedia.mockImplementation(async (_site, id) => ({ ...LIBRARY[id]!, usage: [] }) as never);
  });

  it('should list the chosen files with their name, type and size, in order', async () => {
    const { wrapper } = mountField([A, B]);
    await flushPromises();
    const rows = wrapper.findAll('[data-testid="attachment-row"]');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.text()).toContain('qd-12.pdf');
    expect(rows[0]!.text()).toContain('PDF · 240 KB');
    expect(rows[1]!.text()).toContain('DOCX · 40 KB');
    expect(wrapper.find('legend').text()).toContain('*');
  });

  it('should move a file with the buttons, keep the focus on the moved file and say where it went', async () => {
    const { wrapper, ids } = mountField([A, B, C]);
    await flushPromises();
    const down = wrapper.findAll('[data-action="down"]')[0]!;
    expect(down.attributes('aria-label')).toBe('Đưa tệp qd-12.pdf xuống sau');
    expect(wrapper.findAll('[data-action="up"]')[0]!.attributes('disabled')).toBeDefined();
    await down.trigger('click');
    await flushPromises();
    expect(ids.value).toEqual([B, A, C]);
    expect(names(wrapper)).toEqual(['qd-12.docx', 'qd-12.pdf', 'phu-luc.pdf']);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Đưa tệp qd-12.pdf xuống sau');
    expect(wrapper.find('[role="status"]').text()).toBe('Đã chuyển qd-12.pdf đến vị trí 2/3.');
    await wrapper.findAll('[data-action="up"]')[2]!.trigger('click');
    await flushPromises();
    expect(ids.value).toEqual([B, C, A]);
  });

  it('should remove a file and put the focus on the next one, or on "add" when none is left', async () => {
    const { wrapper, ids } = mountField([A, B]);
    await flushPromises();
    await wrapper.findAll('[data-action="remove"]')[0]!.trigger('click');
    await flushPromises();
    expect(ids.value).toEqual([B]);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Bỏ tệp qd-12.docx');
    await wrapper.find('[data-action="remove"]').trigger('click');
    await flushPromises();
    expect(ids.value).toEqual([]);
    expect(wrapper.text()).toContain('Chưa có tệp nào.');
    expect(document.activeElement?.id).toBe('document-attachments');
  });

  it('should add a file picked in the library (documents only), once', async () => {
    const { wrapper, ids } = mountField([A]);
    await flushPromises();
    expect(wrapper.find('[data-testid="picker"]').attributes('data-kind')).toBe('document');
    await wrapper.find('[data-testid="attachments-add"]').trigger('click');
    expect(wrapper.find('[data-testid="picker"]').attributes('data-open')).toBe('true');
    await wrapper.find('[data-testid="pick-c"]').trigger('click');
    await flushPromises();
    expect(ids.value).toEqual([A, C]);
    expect(names(wrapper)).toEqual(['qd-12.pdf', 'phu-luc.pdf']);
    // Known already: the library is not asked again.
    expect(getMedia).toHaveBeenCalledTimes(1);
    await wrapper.find('[data-testid="pick-c"]').trigger('click');
    expect(ids.value).toEqual([A, C]);
    expect(wrapper.find('[role="status"]').text()).toBe('Tệp phu-luc.pdf đã có trong danh sách.');
  });

  it('should stop adding at the limit and show the API’s complaint at the field', async () => {
    const { wrapper } = mountField([A, B], { maxItems: 2, error: 'Cần điền mục này trước khi gửi duyệt.' });
    await flushPromises();
    const add = wrapper.find('[data-testid="attachments-add"]');
    expect(add.attributes('disabled')).toBeDefined();
    expect(wrapper.text()).toContain('Đã đủ 2 tệp.');
    expect(add.attributes('aria-invalid')).toBe('true');
    const errorId = add.attributes('aria-describedby')!.split(' ')[1]!;
    expect(document.getElementById(errorId)?.textContent).toBe('Cần điền mục này trước khi gửi duyệt.');
  });

  it('should say so when a file cannot be read from the library', async () => {
    getMedia.mockRejectedValue(new Error('gone'));
    const { wrapper } = mountField([A], { lang: 'en' });
    await flushPromises();
    expect(names(wrapper)).toEqual(['File not available (it may have been removed from the library)']);
    expect(wrapper.find('[data-action="remove"]').text()).toBe('Remove');
  });
});
