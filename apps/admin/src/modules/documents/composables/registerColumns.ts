import { DOCUMENT_SCHEMA } from '@congxa/shared/content';
import type { ItemSummaryResponse } from '@congxa/shared/dto/content';
import type { DocumentResponse } from '@congxa/shared/dto/documents';
import { formatViDay } from '../../../core/dates';
import type { ListColumn } from '../../content/composables/itemList';

const typeLabels = DOCUMENT_SCHEMA.fields.documentType.labels;
const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

/**
 * The register's own columns: the number and symbol before the title ("Trích yếu"), the type and the day
 * of issue after it. A row the list answers without these facts shows "—".
 */
export const REGISTER_LEAD_COLUMNS: ListColumn[] = [{ key: 'number', label: 'documents.columns.number', value: (row) => str(row.number), nowrap: true }];

export const REGISTER_COLUMNS: ListColumn[] = [
  {
    key: 'documentType',
    label: 'documents.columns.documentType',
    value: (row, lang) => {
      const code = str(row.documentType);
      if (!code) return null;
      return Object.hasOwn(typeLabels, code) ? typeLabels[code][lang] : code;
    },
  },
  {
    key: 'issuedOn',
    label: 'documents.columns.issuedOn',
    value: (row) => (str(row.issuedOn) ? formatViDay(row.issuedOn as string) || null : null),
    nowrap: true,
  },
];

/** The facts of a document the register shows besides the summary's. */
const REGISTER_FACTS = ['number', 'documentType', 'issuedOn'] as const;

/**
 * The staff list answers summaries without the number, type and day of issue: each row of the page lacking
 * them is read in full (at most a page, in parallel). A row that cannot be read stays as it came.
 */
export async function withRegisterFacts(
  rows: ItemSummaryResponse[],
  read: (id: string) => Promise<Pick<DocumentResponse, (typeof REGISTER_FACTS)[number]>>,
): Promise<ItemSummaryResponse[]> {
  return Promise.all(
    rows.map(async (row) => {
      if (REGISTER_FACTS.every((k) => k in row)) return row;
      try {
        const doc = await read(row.id);
        return { ...row, number: doc.number, documentType: doc.documentType, issuedOn: doc.issuedOn };
      } catch {
        return row;
      }
    }),
  );
}
