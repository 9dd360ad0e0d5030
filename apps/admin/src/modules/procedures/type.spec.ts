import { describe, expect, it } from 'vitest';
import { PROCEDURE_SCHEMA } from '@congxa/shared/content';
import type { ItemForm } from '../content/composables/itemForm';
import { itemEditorRoute, ITEM_ROUTES } from '../content/composables/itemRoutes';
import { PROCEDURE_COLUMNS, PROCEDURE_LEAD_COLUMNS } from './composables/procedureColumns';
import { sampleProcedure } from './testing';
import { procedureFormAdapter, procedureType } from './type';

describe('procedureType', () => {
  it('should show every declared field in one of its boxes, with the slug', () => {
    const shown = procedureType.panels.flatMap((p) => p.fields);
    expect(shown.filter((k) => k !== 'slug').sort()).toEqual(Object.keys(PROCEDURE_SCHEMA.fields).sort());
    expect(shown).toContain('slug');
  });

  it('should link a published procedure to its page on the portal', () => {
    expect(procedureType.publicPath?.(sampleProcedure())).toBeNull();
    expect(procedureType.publicPath?.(sampleProcedure({ liveStatus: 'published' }))).toBe('/thu-tuc/1-001193-dang-ky-khai-sinh');
  });

  it('should open a procedure of any list (dashboard, queue) in its own editor', () => {
    expect(ITEM_ROUTES.procedure).toEqual({ list: 'procedures', edit: 'procedure-edit', api: 'procedures' });
    expect(itemEditorRoute('procedure', 'x', 'an-hao-dong')).toEqual({ name: 'procedure-edit', params: { site: 'an-hao-dong', id: 'x' } });
  });

  it('should show the code before the name and the level after it', () => {
    const row = { ...sampleProcedure() } as never;
    expect(PROCEDURE_LEAD_COLUMNS.map((c) => c.value(row, 'vi'))).toEqual(['1.001193']);
    expect(PROCEDURE_COLUMNS.map((c) => c.value(row, 'vi'))).toEqual(['Cấp xã']);
    expect(PROCEDURE_COLUMNS.map((c) => c.value({ ...(row as object), level: '' } as never, 'en'))).toEqual([null]);
  });
});

describe('procedureFormAdapter', () => {
  it('should send only the dossier when a row changed, keeping the rows’ ids, empty cells as null', () => {
    const p = sampleProcedure();
    const form = procedureFormAdapter.toForm(p);
    expect(form.dossier).toEqual([
      { id: 'r1', name: 'Tờ khai đăng ký khai sinh', copies: '01 bản chính', form: 'a0000000-0000-4000-8000-000000000001' },
      { id: 'r2', name: 'Giấy chứng sinh', copies: '01 bản chính', form: '' },
    ]);
    expect(procedureFormAdapter.changes(p, form)).toEqual({});
    const rows = form.dossier as { id: string; name: string; copies: string; form: string }[];
    const next: ItemForm = { ...form, dossier: [rows[1]!, { ...rows[0]!, copies: '' }, { id: '', name: 'Văn bản ủy quyền', copies: '', form: '' }] };
    expect(procedureFormAdapter.changes(p, next)).toEqual({
      dossier: [
        { id: 'r2', name: 'Giấy chứng sinh', copies: '01 bản chính', form: null },
        { id: 'r1', name: 'Tờ khai đăng ký khai sinh', copies: null, form: 'a0000000-0000-4000-8000-000000000001' },
        { name: 'Văn bản ủy quyền', copies: null, form: null },
      ],
    });
  });
});
