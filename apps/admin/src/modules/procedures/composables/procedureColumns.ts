import { PROCEDURE_SCHEMA } from '@congxa/shared/content';
import type { ListColumn } from '../../content/composables/itemList';

const levelLabels = PROCEDURE_SCHEMA.fields.level.labels;
const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

/**
 * The procedures list's own columns: the code before the name, the level after it, from the list facts each
 * row carries (the schema's `listFields`); a missing one shows "—".
 */
export const PROCEDURE_LEAD_COLUMNS: ListColumn[] = [{ key: 'code', label: 'procedures.columns.code', value: (row) => str(row.code), nowrap: true }];

export const PROCEDURE_COLUMNS: ListColumn[] = [
  {
    key: 'level',
    label: 'procedures.columns.level',
    value: (row, lang) => {
      const code = str(row.level);
      if (!code) return null;
      return Object.hasOwn(levelLabels, code) ? levelLabels[code]![lang] : code;
    },
  },
];
