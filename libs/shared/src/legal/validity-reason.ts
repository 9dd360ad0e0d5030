import type { Lang } from '../errors';
import { parseDocumentNumber } from './document-number';
import { DOCUMENT_TYPES, findDocumentType, type DocumentTypeEntry } from './document-types';
import { formatPlainDate } from './plain-date';
import type { RelatedDocumentRef, Validity, ValidityReason } from './validity';

/** The type a number's symbol names; `135/UBND-VP` (issuer and unit, no type, no year) is a công văn. */
function typeFromNumber(number: string, types: readonly DocumentTypeEntry[]): string | null {
  const parsed = parseDocumentNumber(number, types);
  if (!parsed) return null;
  if (parsed.typeCode === null && parsed.year === null && parsed.unitAbbr !== null) return 'cong-van';
  return parsed.typeCode;
}

/**
 * How a sentence names the other document: "Quyết định số 15/QĐ-UBND" / "Decision No. 15/QĐ-UBND". The type
 * is `typeCode` when given, else read from the number's symbol (issuer and unit with no type: a công văn); a
 * number whose type cannot be told (`80/2015/QH13`, a law) is "văn bản số …"; one without a number is named by
 * its title.
 */
export function relatedDocumentName(ref: RelatedDocumentRef, lang: Lang, types: readonly DocumentTypeEntry[] = DOCUMENT_TYPES): string {
  if (ref.number) {
    const typeCode = ref.typeCode ?? typeFromNumber(ref.number, types);
    const type = typeCode === null ? undefined : findDocumentType(typeCode, types);
    if (lang === 'vi') return `${type ? type.label.vi : 'văn bản'} số ${ref.number}`;
    return `${type ? type.label.en : 'document'} No. ${ref.number}`;
  }
  if (ref.title) return lang === 'vi' ? `văn bản “${ref.title}”` : `the document “${ref.title}”`;
  return lang === 'vi' ? 'một văn bản khác' : 'another document';
}

type Phrases = Record<ValidityReason['code'], (date: string, by: string, until: string) => string>;

/** `date`, `by` and `until` arrive ready to insert: " từ 01/01/2025", the document's name, " …back on 01/04/2025". */
const PHRASES: Record<Lang, Phrases> = {
  vi: {
    effective: (date) => `Có hiệu lực${date}`,
    amended: (date, by) => `Còn hiệu lực; được sửa đổi, bổ sung bởi ${by}${date}`,
    resumed: (date, by) => `Có hiệu lực trở lại${date} sau thời gian bị ngưng hiệu lực theo ${by}`,
    awaiting_effect: (date) => `Chưa có hiệu lực; có hiệu lực${date}`,
    expiry_date: (date) => `Hết hiệu lực${date}`,
    replaced: (date, by) => `Hết hiệu lực${date} do bị thay thế bởi ${by}`,
    repealed: (date, by) => `Hết hiệu lực${date} do bị bãi bỏ bởi ${by}`,
    partially_repealed: (date, by) => `Hết hiệu lực một phần${date} do bị bãi bỏ một phần bởi ${by}`,
    suspended: (date, by, until) => `Ngưng hiệu lực${date} theo ${by}${until}`,
  },
  en: {
    effective: (date) => `In force${date}`,
    amended: (date, by) => `In force; amended by ${by}${date}`,
    resumed: (date, by) => `Back in force${date} after a suspension by ${by}`,
    awaiting_effect: (date) => `Not yet in force; takes effect${date}`,
    expiry_date: (date) => `No longer in force${date}`,
    replaced: (date, by) => `No longer in force${date}: replaced by ${by}`,
    repealed: (date, by) => `No longer in force${date}: repealed by ${by}`,
    partially_repealed: (date, by) => `Partially no longer in force${date}: partly repealed by ${by}`,
    suspended: (date, by, until) => `Suspended${date} by ${by}${until}`,
  },
};

/** The preposition before a day, by reason: "from" a day already come, "on" a day ahead. */
function datePhrase(reason: ValidityReason, lang: Lang): string {
  if (!reason.date) return '';
  const day = formatPlainDate(reason.date);
  if (lang === 'vi') return ` từ ${day}`;
  if (reason.code === 'awaiting_effect') return ` on ${day}`;
  if (reason.code === 'amended') return ` with effect from ${day}`;
  return ` since ${day}`;
}

/**
 * One sentence explaining a validity, for the document's page:
 * "Hết hiệu lực từ 01/01/2025 do bị thay thế bởi Quyết định số 15/QĐ-UBND" /
 * "No longer in force since 01/01/2025: replaced by Decision No. 15/QĐ-UBND".
 * `types` names site-defined types of related documents.
 */
export function validityReason(result: Validity, lang: Lang, types: readonly DocumentTypeEntry[] = DOCUMENT_TYPES): string {
  const { reason } = result;
  const by = reason.by ? relatedDocumentName(reason.by, lang, types) : relatedDocumentName({ id: '', number: null }, lang, types);
  const until = reason.until
    ? lang === 'vi'
      ? `; có hiệu lực trở lại từ ${formatPlainDate(reason.until)}`
      : `; back in force on ${formatPlainDate(reason.until)}`
    : '';
  return PHRASES[lang][reason.code](datePhrase(reason, lang), by, until);
}
