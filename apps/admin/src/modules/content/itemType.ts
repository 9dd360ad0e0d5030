import type { ContentTypeSchema } from '@congxa/shared/content';
import type { ItemEnvelope } from '@congxa/shared/dto/content';
import type { ItemApi } from './api';
import type { ItemFormAdapter } from './composables/itemForm';
import type { FieldOption } from './composables/schemaForm';

/** A message key with its parameters, as the item's editor shows it. */
export interface Message {
  key: string;
  params?: Record<string, unknown>;
}

/** An input of a type's own item fields (a page's parent and menu position): not in the content schema. */
export interface ExtraInput<R extends ItemEnvelope = ItemEnvelope> {
  key: string;
  label: string;
  hint?: Message;
  control: 'select' | 'number';
  /** The select's first choice, meaning "none" (a page's "top level"). */
  emptyLabel?: string;
  min?: number;
  max?: number;
  /** The choices of a select, from what `lookups` loaded. */
  options?: (item: R, loaded: Record<string, FieldOption[]>, t: (key: string) => string) => FieldOption[];
}

/** A box of the form: a legend and the keys it shows (schema fields, `slug`, the type's extra inputs). */
export interface EditorPanel {
  key: string;
  /** Message key of the legend. */
  legend: string;
  intro?: (item: ItemEnvelope) => Message;
  fields: string[];
}

/**
 * Everything type-specific about the editor of one publishable type: its schema, API, form, route names,
 * labels, hints and the panels it groups its fields in. `ItemEditorPage` does the rest, so the next type
 * gets its editor by declaring one of these (modules/articles/type.ts, modules/pages/type.ts).
 */
export interface ItemTypeDefinition<R extends ItemEnvelope = ItemEnvelope> {
  schema: ContentTypeSchema;
  api: ItemApi<R, unknown, never>;
  form: ItemFormAdapter<R>;
  /** Prefix of the element ids and test ids (`article` → `#article-title`). */
  idPrefix: string;
  /** Route names of the list and the editor (inside a site: they inherit `:site`). */
  routes: { list: string; edit: string };
  /** Message keys: the link back to the list, the "not found" text. */
  labels: { back: string; notFound: string };
  /** Hint under a field (message key), by field key. */
  hints?: Record<string, string>;
  /** What a field breaking one of the type's rules says (message key), by field key (CONTENT_INCOMPLETE `invalid`). */
  invalidMessages?: Record<string, string>;
  panels: EditorPanel[];
  extras?: ExtraInput<R>[];
  /** Option lists for the extra inputs, loaded with the item (e.g. the site's pages for the parent select). */
  lookups?: (site: string, item: R) => Promise<Record<string, FieldOption[]>>;
  /** Where the item is on the portal when it is live (null: nowhere yet). */
  publicPath?: (item: R) => string | null;
  /** Shows the "Import from Word" link beside the form. */
  importLink?: boolean;
}

export const defineItemType = <R extends ItemEnvelope>(definition: ItemTypeDefinition<R>): ItemTypeDefinition<R> => definition;
