import { DOCUMENT_SCHEMA } from '@congxa/shared/content';
import { formatViDay } from '../../../core/dates';
import type { ListColumn } from '../../content/composables/itemList';

const typeLabels = DOCUMENT_SCHEMA.fields.documentType.labels;
const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

/**
 * The register's own columns: the number and symbol before the title ("Trích yếu"), the type and the day
 * of issue after it, from the list facts each row carries (the schema's `listFields`); a missing one shows "—".
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
