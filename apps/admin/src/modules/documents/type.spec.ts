import { describe, expect, it } from 'vitest';
import { DOCUMENT_SCHEMA } from '@congxa/shared/content';
import { itemEditorRoute, ITEM_ROUTES } from '../content/composables/itemRoutes';
import type { ItemForm } from '../content/composables/itemForm';
import { REGISTER_COLUMNS, REGISTER_LEAD_COLUMNS } from './composables/registerColumns';
import { sampleDocument } from './testing';
import { documentFormAdapter, documentType } from './type';

const D2 = 'd0000000-0000-4000-8000-000000000002';

describe('documentType', () => {
  it('should show every declared field in one of its boxes, with the slug', () => {
    const shown = documentType.panels.flatMap((p) => p.fields);
    expect(shown.filter((k) => k !== 'slug').sort()).toEqual(Object.keys(DOCUMENT_SCHEMA.fields).sort());
    expect(shown).toContain('slug');
  });

  it('should link a published document to its page in the portal register', () => {
    expect(documentType.publicPath?.(sampleDocument())).toBeNull();
    expect(documentType.publicPath?.(sampleDocument({ liveStatus: 'published' }))).toBe('/van-ban/quyet-dinh-12-qd-ubnd');
  });

  it('should open a document of any list (dashboard, queue) in its own editor', () => {
    expect(ITEM_ROUTES.document).toEqual({ list: 'documents', edit: 'document-edit', api: 'documents' });
    expect(itemEditorRoute('document', 'x', 'an-hao-dong')).toEqual({ name: 'document-edit', params: { site: 'an-hao-dong', id: 'x' } });
  });
});

describe('documentFormAdapter', () => {
  it('should send only the changed day, files and relations, a day emptied as null', () => {
    const doc = sampleDocument();
    const form = documentFormAdapter.toForm(doc);
    expect(form.issuedOn).toBe('2026-03-05');
    expect(form.effectiveOn).toBe('');
    expect(documentFormAdapter.changes(doc, form)).toEqual({});
    const next: ItemForm = {
      ...form,
      issuedOn: '',
      relations: [...(form.relations as { kind: string; itemId: string }[]), { kind: 'amends', itemId: D2 }],
    };
    expect(documentFormAdapter.changes(doc, next)).toEqual({
      issuedOn: null,
      relations: [
        { kind: 'replaces', itemId: 'd0000000-0000-4000-8000-000000000001' },
        { kind: 'amends', itemId: D2 },
      ],
    });
  });

  it('should put the API’s complaint about one relation or file at its field', () => {
    expect(documentFormAdapter.formKeyOf('relations.1.itemId')).toBe('relations');
    expect(documentFormAdapter.formKeyOf('attachments')).toBe('attachments');
    expect(documentFormAdapter.formKeyOf('issuedOn')).toBe('issuedOn');
  });
});

describe('register columns', () => {
  const row = { ...sampleDocument(), documentType: 'nghi-quyet' } as never;
  it('should show the number, the type in the UI language and the day of issue as dd/mm/yyyy', () => {
    expect(REGISTER_LEAD_COLUMNS.map((c) => c.value(row, 'vi'))).toEqual(['12/QĐ-UBND']);
    expect(REGISTER_COLUMNS.map((c) => c.value(row, 'vi'))).toEqual(['Nghị quyết', '05/03/2026']);
    expect(REGISTER_COLUMNS[0]!.value(row, 'en')).toBe('Resolution');
  });

  it('should show nothing (the list’s dash) for a row without these facts', () => {
    const bare = { id: 'x', title: 'T' } as never;
    expect([...REGISTER_LEAD_COLUMNS, ...REGISTER_COLUMNS].map((c) => c.value(bare, 'vi'))).toEqual([null, null, null]);
  });
});
