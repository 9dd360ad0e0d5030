import { describe, expect, it } from 'vitest';
import { defaultContent, DOCUMENT_SCHEMA } from '@congxa/shared/content';
import { RELATION_KIND_CODES } from '@congxa/shared/legal';
import { changedContent, cleanAttachments, cleanRelations, describeFields, toContentValues, toFormValues, type FieldDescriptor } from './schemaForm';

const byKey = (fields: FieldDescriptor[]) => Object.fromEntries(fields.map((f) => [f.key, f]));
const A = 'a0000000-0000-4000-8000-000000000001';
const B = 'a0000000-0000-4000-8000-000000000002';
const D1 = 'd0000000-0000-4000-8000-000000000001';
const D2 = 'd0000000-0000-4000-8000-000000000002';

describe('describeFields (legal documents)', () => {
  it('should give a day input, the attached files and the relation rows their own controls with the schema’s limits', () => {
    const f = byKey(describeFields(DOCUMENT_SCHEMA, { lang: 'vi', idPrefix: 'document' }));
    expect(f.issuedOn).toMatchObject({ id: 'document-issuedOn', control: 'date', label: 'Ngày ban hành', nullable: true, requiredToSubmit: true });
    expect(f.expiresOn).toMatchObject({ control: 'date', nullable: true, requiredToSubmit: false });
    expect(f.attachments).toMatchObject({ control: 'attachments', label: 'Tệp văn bản', maxItems: 10, requiredToSubmit: true });
    expect(f.relations).toMatchObject({ control: 'relations', maxItems: 30, relationKinds: RELATION_KIND_CODES });
    expect(f.documentType.options?.find((o) => o.value === 'quyet-dinh')?.label).toBe('Quyết định');
  });

  it('should name the fields in English when the UI is in English', () => {
    const f = byKey(describeFields(DOCUMENT_SCHEMA, { lang: 'en', idPrefix: 'document' }));
    expect(f.issuedOn.label).toBe('Issued on');
    expect(f.relations.label).toBe('Related documents');
  });
});

describe('document content ⇄ form', () => {
  const saved = {
    ...defaultContent(DOCUMENT_SCHEMA),
    title: 'Quyết định về việc ban hành quy chế',
    number: '12/QĐ-UBND',
    issuedOn: '2026-03-05',
    effectiveOn: null,
    attachments: [A, B],
    relations: [{ kind: 'replaces', itemId: D1 }],
  };

  it('should show a missing day as an empty box and copy the lists', () => {
    const form = toFormValues(DOCUMENT_SCHEMA, saved as never) as Record<string, unknown>;
    expect(form.issuedOn).toBe('2026-03-05');
    expect(form.effectiveOn).toBe('');
    expect(form.attachments).toEqual([A, B]);
    expect(form.attachments).not.toBe(saved.attachments);
    expect(form.relations).toEqual([{ kind: 'replaces', itemId: D1 }]);
  });

  it('should send an emptied day as null, each file once, and leave out a relation whose document is not chosen', () => {
    const form = { ...(toFormValues(DOCUMENT_SCHEMA, saved as never) as Record<string, unknown>) };
    form.issuedOn = '';
    form.attachments = [B, A, B];
    form.relations = [
      { kind: 'replaces', itemId: D1 },
      { kind: 'amends', itemId: '' },
      { kind: 'replaces', itemId: D1 },
    ];
    const content = toContentValues(DOCUMENT_SCHEMA, form as never) as Record<string, unknown>;
    expect(content.issuedOn).toBeNull();
    expect(content.attachments).toEqual([B, A]);
    expect(content.relations).toEqual([{ kind: 'replaces', itemId: D1 }]);
  });

  it('should find nothing to save when the form says what is saved, and send a new order of the files', () => {
    const form = toFormValues(DOCUMENT_SCHEMA, saved as never) as Record<string, unknown>;
    expect(changedContent(DOCUMENT_SCHEMA, saved as never, form as never)).toEqual({});
    // An unfinished relation row is nothing to save yet.
    expect(
      changedContent(DOCUMENT_SCHEMA, saved as never, { ...form, relations: [...(form.relations as unknown[]), { kind: 'amends', itemId: '' }] } as never),
    ).toEqual({});
    expect(changedContent(DOCUMENT_SCHEMA, saved as never, { ...form, attachments: [B, A] } as never)).toEqual({ attachments: [B, A] });
    expect(
      changedContent(
        DOCUMENT_SCHEMA,
        saved as never,
        {
          ...form,
          relations: [
            { kind: 'amends', itemId: D1 },
            { kind: 'guides', itemId: D2 },
          ],
          effectiveOn: '2026-04-01',
        } as never,
      ),
    ).toEqual({
      relations: [
        { kind: 'amends', itemId: D1 },
        { kind: 'guides', itemId: D2 },
      ],
      effectiveOn: '2026-04-01',
    });
  });

  it('should treat a missing list in the saved item as an empty one', () => {
    const form = toFormValues(DOCUMENT_SCHEMA, saved as never) as Record<string, unknown>;
    const older = { ...saved, attachments: undefined, relations: undefined };
    expect(changedContent(DOCUMENT_SCHEMA, older as never, { ...form, attachments: [], relations: [] } as never)).toEqual({});
  });
});

describe('cleanAttachments / cleanRelations', () => {
  it('should drop what is not an id or a complete relation', () => {
    expect(cleanAttachments([A, '', 3, A, null, B])).toEqual([A, B]);
    expect(cleanAttachments('x')).toEqual([]);
    expect(cleanRelations([{ kind: 'replaces', itemId: D1, extra: 1 }, { kind: '', itemId: D2 }, 'x', null])).toEqual([{ kind: 'replaces', itemId: D1 }]);
  });
});
