import { DOCUMENT_SCHEMA } from '@congxa/shared/content';
import { CreateDocumentRequest, UpdateDocumentRequest } from '@congxa/shared/dto/documents';
import { parseDocumentNumber } from '@congxa/shared/legal';
import type { ContentTypeDefinition } from '../publishing/content-types';
import type { MediaService } from '../media/media.service';
import { searchableText } from '../publishing/search-indexer';

/** The public path of a legal document. */
export const documentPath = (slug: string): string => `/van-ban/${slug}`;

/** What the staff routes need of the type (mounted before the service exists). */
export const DOCUMENT_ROUTES = { schema: DOCUMENT_SCHEMA, route: 'documents', requests: { Create: CreateDocumentRequest, Update: UpdateDocumentRequest } };

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const day = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/**
 * The rules of a document beyond each field's: a number and symbol that reads as one (`12/QĐ-UBND`; empty is
 * allowed while drafting, submit requires it), in force on or after the day of issue, and ending after it
 * comes into force. Returns the keys of the fields that break them.
 */
export function documentProblems(content: Record<string, unknown>): string[] {
  const bad: string[] = [];
  const number = text(content.number);
  if (number !== '' && !parseDocumentNumber(number)) bad.push('number');
  const issued = day(content.issuedOn);
  const effective = day(content.effectiveOn);
  const expires = day(content.expiresOn);
  if (issued && effective && effective < issued) bad.push('effectiveOn');
  const start = effective ?? issued;
  if (start && expires && expires <= start) bad.push('expiresOn');
  return bad;
}

/**
 * The words a number and symbol is found by: as written, and its lookup key with and without the number's
 * leading zeros (`01/2024/QĐ-UBND` → `1/2024/qd-ubnd`). Search splits on `/` and `-`, folds marks and đ, so
 * `12/QĐ-UBND`, `12/QD-UBND` and `12 / qđ-ubnd` all meet these words; the key adds the number without its
 * zeros, as people type it.
 */
export function numberSearchText(number: string): string {
  const parsed = parseDocumentNumber(number);
  if (!parsed) return number;
  return [...new Set([number, parsed.display, parsed.normalized])].join(' ');
}

/** The most of a document's files' text its search entry carries (a long decree is read in part). */
export const ATTACHMENT_SEARCH_TEXT_MAX = 200_000;

/**
 * Văn bản: the legal document on the publishing core. Its search document carries the title, the number
 * as written and its normalised forms, the issuing body, the summary, and its files' text (read once at
 * upload and kept on the media row: nothing is parsed inside the publishing transaction).
 */
export function documentType(files: Pick<MediaService, 'documentTexts'>): ContentTypeDefinition {
  return {
    ...DOCUMENT_ROUTES,
    adminPath: 'van-ban',
    notFoundCode: 'DOCUMENT_NOT_FOUND',
    validate: documentProblems,
    searchDocument: async ({ item, content }) => {
      const ids = Array.isArray(content.attachments) ? (content.attachments as string[]) : [];
      const texts = ids.length ? (await files.documentTexts(item.siteId, ids)).map((d) => d.text).filter(Boolean) : [];
      return {
        title: String(content.title ?? ''),
        text: [numberSearchText(text(content.number)), searchableText(DOCUMENT_SCHEMA, content), texts.join('\n').slice(0, ATTACHMENT_SEARCH_TEXT_MAX)]
          .filter((p) => p !== '')
          .join('\n'),
        path: documentPath(item.slug),
      };
    },
  };
}
