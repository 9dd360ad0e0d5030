import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import type { MediaResponse } from '@congxa/shared/dto/media';
import { createAppI18n } from '../../../i18n';
import * as mediaApi from '../../media/api';
import type { FormRow, RowColumnDescriptor } from '../composables/schemaForm';
import RowsField from './RowsField.vue';

vi.mock('../../media/api', () => ({ getMedia: vi.fn() }));
const getMedia = vi.mocked(mediaApi.getMedia);

const TEMPLATE = 'a0000000-0000-4000-8000-000000000001';
const OTHER = 'a0000000-0000-4000-8000-000000000002';
const media = (id: string, originalName: string, sizeBytes: number): MediaResponse => ({
  id,
  kind: 'document',
  mimeType: 'application/pdf',
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
  [TEMPLATE]: media(TEMPLATE, 'to-khai-khai-sinh.pdf', 20_480),
  [OTHER]: media(OTHER, 'to-khai-ket-hon.pdf', 10_240),
};

/** A procedure's dossier: the columns PROCEDURE_SCHEMA declares. */
const DOSSIER: RowColumnDescriptor[] = [
  { key: 'name', label: 'Tên giấy tờ', kind: 'text', maxlength: 1000, multiline: true, required: true },
  { key: 'copies', label: 'Số lượng', kind: 'text', maxlength: 200, multiline: false, required: false },
  { key: 'form', label: 'Mẫu đơn, tờ khai', kind: 'media', multiline: false, required: false },
];
/** A week's schedule: a day and a time. */
const WEEK: RowColumnDescriptor[] = [
  { key: 'date', label: 'Ngày', kind: 'date', multiline: false, required: true },
  { key: 'time', label: 'Giờ', kind: 'time', multiline: false, required: false },
  { key: 'activity', label: 'Nội dung', kind: 'text', maxlength: 1000, multiline: false, required: true },
];

/** The library picker is replaced by a button that picks `OTHER`. */
const PickerStub = {
  props: { open: Boolean, site: { type: String, default: '' }, kind: { type: String, default: '' } },
  emits: ['pick', 'update:open'],
  setup:
    (props: Record<string, unknown>, { emit }: { emit: (event: string, ...args: unknown[]) => void }) =>
    () =>
      h('div', { 'data-testid': 'picker', 'data-kind': String(props.kind), 'data-open': String(props.open) }, [
        h('button', { type: 'button', 'data-testid': 'pick-other', onClick: () => (emit('pick', LIBRARY[OTHER]!), emit('update:open', false)) }, 'pick'),
      ]),
};

function mountField(
  initial: FormRow[],
  options: { columns?: RowColumnDescriptor[]; maxItems?: number; error?: string; lang?: 'vi' | 'en'; readonly?: boolean } = {},
) {
  const rows = ref<FormRow[]>(initial);
  const Host = defineComponent({
    render: () =>
      h(RowsField, {
        id: 'procedure-dossier',
        site: 'an-hao-dong',
        label: 'Thành phần hồ sơ',
        columns: options.columns ?? DOSSIER,
        maxItems: options.maxItems ?? 60,
        error: options.error,
        readonly: options.readonly ?? false,
        modelValue: rows.value,
        'onUpdate:modelValue': (v: FormRow[]) => (rows.value = v),
      }),
  });
  const wrapper = mount(Host, {
    attachTo: document.body,
    global: { plugins: [createAppI18n(options.lang ?? 'vi')], stubs: { MediaPickerDialog: PickerStub } },
  });
  return { wrapper, rows };
}

const row = (id: string, name: string, copies = '', form = ''): FormRow => ({ id, name, copies, form });
const names = () => [...document.querySelectorAll<HTMLTextAreaElement>('[data-column="name"] textarea')].map((t) => t.value);

describe('RowsField', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    document.body.innerHTML = '';
    getMedia.mockImplementation(async (_site, id) => ({ ...LIBRARY[id]!, usage: [] }) as never);
  });

  it('should show each row’s cells in inputs labelled by their column and row, and the form template’s name, type and size', async () => {
    const { wrapper } = mountField([row('r1', 'Tờ khai đăng ký khai sinh', '01 bản chính', TEMPLATE), row('r2', 'Giấy chứng sinh', '01 bản chính')]);
    await flushPromises();
    expect(wrapper.findAll('[data-testid="rows-row"]')).toHaveLength(2);
    expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual(['STT', 'Tên giấy tờ *', 'Số lượng', 'Mẫu đơn, tờ khai', 'Thao tác']);
    const copies = wrapper.get<HTMLInputElement>('#procedure-dossier-1-copies');
    expect(copies.element.value).toBe('01 bản chính');
    expect(wrapper.get('label[for="procedure-dossier-1-copies"]').text()).toBe('Số lượng, dòng 2');
    expect(wrapper.get('#procedure-dossier-0-name').attributes('aria-required')).toBe('true');
    expect(wrapper.get('#procedure-dossier-0-name').attributes('maxlength')).toBe('1000');
    const file = wrapper.get('[data-testid="rows-file"]');
    expect(file.text()).toContain('to-khai-khai-sinh.pdf');
    expect(file.text()).toContain('PDF · 20 KB');
    expect(wrapper.get('#procedure-dossier-0-form').attributes('aria-label')).toBe('Đổi tệp của mục Mẫu đơn, tờ khai, dòng 1');
    expect(wrapper.get('#procedure-dossier-1-form').text()).toBe('Chọn tệp');
  });

  it('should change a cell and keep the row’s id', async () => {
    const { wrapper, rows } = mountField([row('r1', 'Tờ khai'), row('r2', 'Giấy chứng sinh')]);
    await wrapper.get('#procedure-dossier-1-copies').setValue('01 bản sao');
    expect(rows.value[1]).toEqual({ id: 'r2', name: 'Giấy chứng sinh', copies: '01 bản sao', form: '' });
    expect(rows.value[0]).toEqual(row('r1', 'Tờ khai'));
  });

  it('should add an empty row at the end, put the focus in its first input and say so', async () => {
    const { wrapper, rows } = mountField([row('r1', 'Tờ khai')]);
    await wrapper.get('[data-testid="rows-add"]').trigger('click');
    await flushPromises();
    expect(rows.value).toEqual([row('r1', 'Tờ khai'), { id: '', name: '', copies: '', form: '' }]);
    expect(document.activeElement?.id).toBe('procedure-dossier-1-name');
    expect(wrapper.get('[role="status"]').text()).toBe('Đã thêm dòng 2.');
  });

  it('should move a row with the buttons, keep the focus on the moved row and say where it went', async () => {
    const { wrapper, rows } = mountField([row('r1', 'A'), row('r2', 'B'), row('r3', 'C')]);
    const down = wrapper.findAll('[data-action="down"]')[0]!;
    expect(down.attributes('aria-label')).toBe('Đưa dòng 1 xuống dưới');
    expect(wrapper.findAll('[data-action="up"]')[0]!.attributes('disabled')).toBeDefined();
    await down.trigger('click');
    await flushPromises();
    expect(rows.value.map((r) => r.id)).toEqual(['r2', 'r1', 'r3']);
    expect(names()).toEqual(['B', 'A', 'C']);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Đưa dòng 2 xuống dưới');
    expect(wrapper.get('[role="status"]').text()).toBe('Đã chuyển dòng 1 đến vị trí 2/3.');
    await wrapper.findAll('[data-action="up"]')[2]!.trigger('click');
    await flushPromises();
    expect(rows.value.map((r) => r.id)).toEqual(['r2', 'r3', 'r1']);
    // The typed text moves with its row (each row keeps its inputs).
    expect(names()).toEqual(['B', 'C', 'A']);
  });

  it('should remove a row and put the focus on the next one, or on "add" when none is left', async () => {
    const { wrapper, rows } = mountField([row('r1', 'A'), row('r2', 'B')]);
    await wrapper.findAll('[data-action="remove"]')[0]!.trigger('click');
    await flushPromises();
    expect(rows.value.map((r) => r.id)).toEqual(['r2']);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Xoá dòng 1');
    expect(wrapper.get('[role="status"]').text()).toBe('Đã xoá dòng 1.');
    await wrapper.get('[data-action="remove"]').trigger('click');
    await flushPromises();
    expect(rows.value).toEqual([]);
    expect(wrapper.text()).toContain('Chưa có dòng nào.');
    expect(document.activeElement?.id).toBe('procedure-dossier');
  });

  it('should choose a form template from the library (documents only) and remove it', async () => {
    const { wrapper, rows } = mountField([row('r1', 'Tờ khai')]);
    await flushPromises();
    expect(wrapper.get('[data-testid="picker"]').attributes('data-kind')).toBe('document');
    await wrapper.get('#procedure-dossier-0-form').trigger('click');
    expect(wrapper.get('[data-testid="picker"]').attributes('data-open')).toBe('true');
    await wrapper.get('[data-testid="pick-other"]').trigger('click');
    await flushPromises();
    expect(rows.value[0]!.form).toBe(OTHER);
    expect(wrapper.get('[data-testid="rows-file"]').text()).toContain('to-khai-ket-hon.pdf');
    expect(wrapper.get('[role="status"]').text()).toBe('Đã chọn tệp to-khai-ket-hon.pdf cho dòng 1.');
    // Picked in the library: not read again.
    expect(getMedia).not.toHaveBeenCalled();
    await wrapper.get('[aria-label="Bỏ tệp của mục Mẫu đơn, tờ khai, dòng 1"]').trigger('click');
    await flushPromises();
    expect(rows.value[0]!.form).toBe('');
    expect(document.activeElement?.id).toBe('procedure-dossier-0-form');
  });

  it('should take a day as dd/mm/yyyy and a time as hh:mm in a week’s rows', async () => {
    const { wrapper, rows } = mountField([{ id: 'w1', date: '2026-12-07', time: '07:30', activity: 'Giao ban' }], { columns: WEEK });
    const day = wrapper.get<HTMLInputElement>('#procedure-dossier-0-date');
    expect(day.element.value).toBe('07/12/2026');
    expect(wrapper.get('label[for="procedure-dossier-0-date"]').text()).toBe('Ngày, dòng 1');
    await day.setValue('08/12/2026');
    expect(rows.value[0]!.date).toBe('2026-12-08');
    const time = wrapper.get<HTMLInputElement>('#procedure-dossier-0-time');
    await time.setValue('14h');
    await time.trigger('blur');
    expect(rows.value[0]!.time).toBe('14:00');
    expect(time.element.value).toBe('14:00');
    await time.setValue('25:00');
    await time.trigger('blur');
    expect(rows.value[0]!.time).toBe('14:00');
    expect(wrapper.text()).toContain('Giờ không hợp lệ');
    expect(time.attributes('aria-invalid')).toBe('true');
  });

  it('should stop adding at the limit, show the API’s complaint, and offer no buttons when read only', async () => {
    const { wrapper } = mountField([row('r1', 'A')], { maxItems: 1, error: 'Cần điền mục này trước khi gửi duyệt.' });
    const add = wrapper.get('[data-testid="rows-add"]');
    expect(add.attributes('disabled')).toBeDefined();
    expect(wrapper.text()).toContain('Đã đủ 1 dòng.');
    expect(add.attributes('aria-invalid')).toBe('true');
    const errorId = add.attributes('aria-describedby')!.split(' ')[1]!;
    expect(document.getElementById(errorId)?.textContent).toBe('Cần điền mục này trước khi gửi duyệt.');
    document.body.innerHTML = '';
    const ro = mountField([row('r1', 'A', '', TEMPLATE)], { readonly: true, lang: 'en' });
    await flushPromises();
    expect(ro.wrapper.findAll('button')).toHaveLength(0);
    expect(ro.wrapper.get('#procedure-dossier-0-name').attributes('readonly')).toBeDefined();
    expect(ro.wrapper.get('[data-testid="rows-file"]').text()).toContain('to-khai-khai-sinh.pdf');
  });
});
