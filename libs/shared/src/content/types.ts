import { ARTICLE_SCHEMA } from './article';
import { DOCUMENT_SCHEMA } from './document';
import { PAGE_SCHEMA } from './page';
import { PROCEDURE_SCHEMA } from './procedure';
import { SCHEDULE_SCHEMA } from './schedule';
import type { ContentTypeSchema } from './schema';

/** Every publishable type, by its stored name. */
export const CONTENT_TYPES = {
  article: ARTICLE_SCHEMA,
  page: PAGE_SCHEMA,
  document: DOCUMENT_SCHEMA,
  procedure: PROCEDURE_SCHEMA,
  schedule: SCHEDULE_SCHEMA,
} as const satisfies Record<string, ContentTypeSchema>;
export type ContentType = keyof typeof CONTENT_TYPES;
export const CONTENT_TYPE_NAMES = Object.keys(CONTENT_TYPES) as ContentType[];

export function contentSchema(type: ContentType): ContentTypeSchema {
  return CONTENT_TYPES[type] as unknown as ContentTypeSchema;
}
