import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { contentRequestClasses, type ContentRequestClasses } from '../dto/content';
import { CreateArticleRequest, UpdateArticleRequest } from '../dto/articles';
import { CreateDocumentRequest, UpdateDocumentRequest } from '../dto/documents';
import { CreatePageRequest, UpdatePageRequest } from '../dto/pages';
import { CreateScheduleRequest, UpdateScheduleRequest } from '../dto/schedules';
import { ARTICLE_SCHEMA } from './article';
import { DOCUMENT_SCHEMA } from './document';
import { PAGE_SCHEMA } from './page';
import { PROCEDURE_SCHEMA } from './procedure';
import { SCHEDULE_SCHEMA } from './schedule';
import { defaultContent, missingToSubmit, type ContentTypeSchema, type FieldSpec } from './schema';
import { CONTENT_TYPES } from './types';

const UUID = '6f1c2a9e-3b4d-4c5e-8f70-123456789abc';

/** An article that may be submitted: every field the provenance form (QC Điều 11) asks for is filled. */
const completeArticle = () => ({
  ...defaultContent(ARTICLE_SCHEMA),
  title: 'Hội nghị tổng kết năm',
  body: '<p>Nội dung.</p>',
  categoryId: UUID,
  fieldId: UUID,
  authorName: 'Hoàng Văn Cộng',
  authorAddress: 'Văn phòng UBND xã',
});

describe('content schema', () => {
  describe('missingToSubmit', () => {
    it('should ask an empty article for title, body, category and field, and for the author on the provenance form', () => {
      expect(missingToSubmit(ARTICLE_SCHEMA, defaultContent(ARTICLE_SCHEMA))).toEqual({
        content: ['title', 'body', 'categoryId', 'fieldId'],
        provenance: ['authorName', 'authorAddress'],
      });
    });

    it('should find nothing missing when an original article is complete', () => {
      expect(missingToSubmit(ARTICLE_SCHEMA, completeArticle())).toEqual({ content: [], provenance: [] });
    });

    it('should ask a collected article for its source and its collector’s name and address', () => {
      const collected = { ...completeArticle(), origin: 'collected' };
      expect(missingToSubmit(ARTICLE_SCHEMA, collected)).toEqual({ content: [], provenance: ['sourceReference', 'collectorName', 'collectorAddress'] });
      const filled = { ...collected, sourceReference: 'Báo Bình Định', collectorName: 'Đỗ Thị Tác', collectorAddress: 'Thôn 1' };
      expect(missingToSubmit(ARTICLE_SCHEMA, filled)).toEqual({ content: [], provenance: [] });
      // An original article never needs them, even if they are blank.
      expect(missingToSubmit(ARTICLE_SCHEMA, { ...filled, origin: 'original', sourceReference: null, collectorName: '  ', collectorAddress: null })).toEqual({
        content: [],
        provenance: [],
      });
    });

    it('should treat blank text, markup without visible text and empty lists as missing', () => {
      for (const body of ['', '   ', '<p></p>', '<p> &nbsp; </p>', '<br/><p>\n</p>']) {
        expect([body, missingToSubmit(ARTICLE_SCHEMA, { ...completeArticle(), body }).content]).toEqual([body, ['body']]);
      }
      expect(missingToSubmit(ARTICLE_SCHEMA, { ...completeArticle(), title: '   ', authorName: '\t' })).toEqual({
        content: ['title'],
        provenance: ['authorName'],
      });
      expect(missingToSubmit(ARTICLE_SCHEMA, { ...completeArticle(), body: '<p><img src="x"> Ảnh</p>' }).content).toEqual([]);
    });

    it('should ask a page for title, body and field, and never for provenance', () => {
      expect(missingToSubmit(PAGE_SCHEMA, defaultContent(PAGE_SCHEMA))).toEqual({ content: ['title', 'body', 'fieldId'], provenance: [] });
      const page = { ...defaultContent(PAGE_SCHEMA), title: 'Lịch sử', body: '<p>Xã được thành lập…</p>', fieldId: UUID };
      expect(missingToSubmit(PAGE_SCHEMA, page)).toEqual({ content: [], provenance: [] });
      // Article fields sent to a page do not make it need a provenance form.
      expect(missingToSubmit(PAGE_SCHEMA, { ...page, origin: 'collected', authorName: '' })).toEqual({ content: [], provenance: [] });
    });
  });

  describe('defaultContent', () => {
    it('should start an article from the declared defaults', () => {
      expect(defaultContent(ARTICLE_SCHEMA)).toEqual({
        title: '',
        summary: '',
        body: '',
        categoryId: null,
        fieldId: null,
        kind: 'tin',
        tags: [],
        featured: false,
        coverMediaId: null,
        authorName: '',
        authorAddress: '',
        origin: 'original',
        sourceReference: null,
        collectorName: null,
        collectorAddress: null,
      });
    });

    it('should start a page from the declared defaults', () => {
      expect(defaultContent(PAGE_SCHEMA)).toEqual({ title: '', summary: '', body: '', fieldId: null, coverMediaId: null });
    });

    it('should give each new item its own lists (changing one item’s tags leaves the defaults alone)', () => {
      const a = defaultContent(ARTICLE_SCHEMA);
      a.tags.push('lũ lụt');
      expect(defaultContent(ARTICLE_SCHEMA).tags).toEqual([]);
      expect(ARTICLE_SCHEMA.fields.tags.default).toEqual([]);
    });
  });

  describe('request classes built from the schema', () => {
    const TYPES: [string, ContentTypeSchema, ContentRequestClasses][] = [
      ['article', ARTICLE_SCHEMA as unknown as ContentTypeSchema, { Create: CreateArticleRequest, Update: UpdateArticleRequest }],
      ['page', PAGE_SCHEMA as unknown as ContentTypeSchema, { Create: CreatePageRequest, Update: UpdatePageRequest }],
      ['document', DOCUMENT_SCHEMA as unknown as ContentTypeSchema, { Create: CreateDocumentRequest, Update: UpdateDocumentRequest }],
      ['procedure', PROCEDURE_SCHEMA as unknown as ContentTypeSchema, contentRequestClasses(PROCEDURE_SCHEMA)],
      ['schedule', SCHEDULE_SCHEMA as unknown as ContentTypeSchema, { Create: CreateScheduleRequest, Update: UpdateScheduleRequest }],
    ];

    /** The properties class-validator refuses in `body`. */
    const refused = (cls: new () => object, body: Record<string, unknown>): string[] =>
      validateSync(plainToInstance(cls, body) as object, { forbidUnknownValues: false }).map((e) => e.property);

    /** A value each declared field accepts, and values it must refuse, with the limit each one tests. */
    function cases(spec: FieldSpec): { ok: unknown[]; bad: [string, unknown][] } {
      const nullable = (spec.kind === 'text' && !!spec.nullable) || spec.kind === 'ref' || spec.kind === 'date';
      const nullCase: [string, unknown][] = nullable ? [] : [['null (not declared nullable)', null]];
      const nullOk = nullable ? [null] : [];
      switch (spec.kind) {
        case 'text':
          return {
            ok: ['x'.repeat(spec.max), 'x'.repeat(spec.min ?? 1), ...nullOk],
            bad: [
              [`longer than ${spec.max}`, 'x'.repeat(spec.max + 1)],
              ...(spec.min ? ([[`shorter than ${spec.min}`, 'x'.repeat(spec.min - 1)]] as [string, unknown][]) : []),
              ['a number', 42],
              ...nullCase,
            ],
          };
        case 'html':
          return { ok: ['<p>a</p>', 'x'.repeat(spec.max)], bad: [[`longer than ${spec.max}`, 'x'.repeat(spec.max + 1)], ['a number', 1], ...nullCase] };
        case 'enum':
          return { ok: [...spec.values], bad: [['a value not declared', 'not-a-declared-value'], ['a number', 0], ...nullCase] };
        case 'boolean':
          return { ok: [true, false], bad: [['a string', 'yes'], ['a number', 1], ...nullCase] };
        case 'tags':
          return {
            ok: [[], Array.from({ length: spec.maxItems }, (_, i) => `t${i}`), ['x'.repeat(spec.maxLength)]],
            bad: [
              [`more than ${spec.maxItems} tags`, Array.from({ length: spec.maxItems + 1 }, (_, i) => `t${i}`)],
              [`a tag longer than ${spec.maxLength}`, ['x'.repeat(spec.maxLength + 1)]],
              ['a list of numbers', [1]],
              ['a string', 'tag'],
              ...nullCase,
            ],
          };
        case 'ref':
          return {
            ok: [UUID, null],
            bad: [
              ['not a uuid', 'not-a-uuid'],
              ['a number', 7],
            ],
          };
        case 'date':
          return {
            ok: ['2026-12-06', '2024-02-29', null],
            bad: [
              ['not a day', '2026-02-30'],
              ['a date-time', '2026-12-06T08:00:00+07:00'],
              ['dd/mm/yyyy', '06/12/2026'],
              ['a number', 20261206],
            ],
          };
        case 'attachments':
          return {
            ok: [[], [UUID], Array.from({ length: spec.maxItems }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`)],
            bad: [
              [`more than ${spec.maxItems}`, Array.from({ length: spec.maxItems + 1 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`)],
              ['the same file twice', [UUID, UUID]],
              ['not a uuid', ['x']],
              ['a string', UUID],
              ...nullCase,
            ],
          };
        case 'relations':
          return {
            ok: [[], [{ kind: spec.kinds[0], itemId: UUID }]],
            bad: [
              ['an undeclared kind', [{ kind: 'not-a-kind', itemId: UUID }]],
              ['not a uuid', [{ kind: spec.kinds[0], itemId: 'x' }]],
              ['no item', [{ kind: spec.kinds[0] }]],
              [`more than ${spec.maxItems}`, Array.from({ length: spec.maxItems + 1 }, () => ({ kind: spec.kinds[0], itemId: UUID }))],
              ['a string', 'replaces'],
              ...nullCase,
            ],
          };
        case 'rows': {
          // A row with every cell filled as its column expects, and one with only the required cells.
          const full: Record<string, string> = {};
          const minimal: Record<string, string> = {};
          for (const [k, col] of Object.entries(spec.columns)) {
            const v = col.kind === 'date' ? '2026-12-01' : col.kind === 'time' ? '07:30' : col.kind === 'media' ? UUID : 'x'.repeat(col.max ?? 500);
            full[k] = v;
            if (col.required) minimal[k] = v;
          }
          const firstOf = (kind: string) => Object.entries(spec.columns).find(([, c]) => c.kind === kind)?.[0];
          const required = Object.entries(spec.columns).find(([, c]) => c.required)?.[0];
          const text = firstOf('text');
          const bad: [string, unknown][] = [
            [`more than ${spec.maxItems}`, Array.from({ length: spec.maxItems + 1 }, () => minimal)],
            ['a row that is not an object', ['row']],
            ['a string', 'rows'],
            ...nullCase,
          ];
          if (required) bad.push([`a row without ${required}`, [{ ...full, [required]: null }]]);
          if (text) bad.push([`${text} longer than its limit`, [{ ...full, [text]: 'x'.repeat((spec.columns[text].max ?? 500) + 1) }]]);
          const date = firstOf('date');
          if (date) bad.push([`${date} not a day`, [{ ...full, [date]: '01/12/2026' }]]);
          const time = firstOf('time');
          if (time) bad.push([`${time} not a time of day`, [{ ...full, [time]: '24:00' }]]);
          const media = firstOf('media');
          if (media) bad.push([`${media} not a uuid`, [{ ...full, [media]: 'mau-don.pdf' }]]);
          return { ok: [[], [full], [minimal], [{ ...minimal, id: 'row-1' }]], bad };
        }
      }
    }

    it('should declare every type exactly once, the lists in these tests included', () => {
      expect(Object.keys(CONTENT_TYPES).sort()).toEqual(TYPES.map(([t]) => t).sort());
    });

    for (const [type, schema, classes] of TYPES) {
      const base = { Create: { title: 'Tiêu đề hợp lệ' }, Update: { revision: 1 } };
      for (const kind of ['Create', 'Update'] as const) {
        const cls = classes[kind];
        it(`should accept the smallest valid ${kind} request of a ${type}`, () => {
          expect(refused(cls, base[kind])).toEqual([]);
        });

        for (const [key, spec] of Object.entries(schema.fields)) {
          const { ok, bad } = cases(spec);
          it(`should enforce the declared limits of ${type}.${key} (${spec.kind}) on ${kind}`, () => {
            for (const value of ok) expect([key, value, refused(cls, { ...base[kind], [key]: value })]).toEqual([key, value, []]);
            for (const [why, value] of bad) expect([key, why, refused(cls, { ...base[kind], [key]: value })]).toEqual([key, why, [key]]);
          });
        }
      }

      it(`should require a title to create a ${type} and a revision to update one`, () => {
        expect(refused(classes.Create, {})).toEqual(['title']);
        expect(refused(classes.Create, { title: null })).toEqual(['title']);
        expect(refused(classes.Update, {})).toEqual(['revision']);
        // A PATCH leaves out what did not change.
        expect(refused(classes.Update, { revision: 3 })).toEqual([]);
      });

      it(`should build the same validation for ${type} when asked again (the exported classes are the schema's)`, () => {
        const again = contentRequestClasses(schema);
        for (const [key, spec] of Object.entries(schema.fields)) {
          for (const [, value] of cases(spec).bad) {
            expect([key, refused(again.Update, { revision: 1, [key]: value })]).toEqual([key, refused(classes.Update, { revision: 1, [key]: value })]);
          }
        }
      });
    }
  });
});
