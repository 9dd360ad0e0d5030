import { foldVietnamese } from '../text/normalize';

/**
 * Types of document (loại văn bản) and the abbreviation each carries in its number and symbol (số, ký hiệu).
 *
 * The administrative types and their abbreviations are those of Decree 30/2020/NĐ-CP on clerical work
 * (Nghị định về công tác văn thư), Appendix III. Công văn has no abbreviation: its symbol is the issuer
 * followed by the drafting unit (`135/UBND-VP`). Luật, Nghị định and Thông tư are higher-level legal
 * documents a commune portal links to (Law on Promulgation of Legal Documents): a law's symbol names only the
 * National Assembly and its term (`80/2015/QH13`), so Luật has no abbreviation either.
 *
 * A site may add its own types (e.g. Party documents, Kết luận KL): see {@link SiteDocumentType} and
 * {@link documentTypeProblems}. Codes are slugs of the Vietnamese name, so they read well in portal URLs
 * (`/van-ban?loai=quyet-dinh`).
 */
export interface DocumentTypeEntry {
  /** Stable identifier, a slug of the Vietnamese name (`quyet-dinh`). */
  code: string;
  label: { vi: string; en: string };
  /** As written in the symbol, with Đ where the name has it (`QĐ`, `QyĐ`); null when the type has none. */
  abbreviation: string | null;
}

/**
 * Where a built-in type comes from: `decree-30` = administrative documents of Decree 30/2020 (Appendix III),
 * `higher-level` = legal documents of the central level (Luật, Nghị định, Thông tư).
 */
export type DocumentTypeSource = 'decree-30' | 'higher-level';

export const DOCUMENT_TYPES = [
  { code: 'nghi-quyet', abbreviation: 'NQ', label: { vi: 'Nghị quyết', en: 'Resolution' }, source: 'decree-30' },
  { code: 'quyet-dinh', abbreviation: 'QĐ', label: { vi: 'Quyết định', en: 'Decision' }, source: 'decree-30' },
  { code: 'chi-thi', abbreviation: 'CT', label: { vi: 'Chỉ thị', en: 'Directive' }, source: 'decree-30' },
  { code: 'quy-che', abbreviation: 'QC', label: { vi: 'Quy chế', en: 'Rules' }, source: 'decree-30' },
  { code: 'quy-dinh', abbreviation: 'QyĐ', label: { vi: 'Quy định', en: 'Regulation' }, source: 'decree-30' },
  { code: 'thong-cao', abbreviation: 'TC', label: { vi: 'Thông cáo', en: 'Communiqué' }, source: 'decree-30' },
  { code: 'thong-bao', abbreviation: 'TB', label: { vi: 'Thông báo', en: 'Notice' }, source: 'decree-30' },
  { code: 'huong-dan', abbreviation: 'HD', label: { vi: 'Hướng dẫn', en: 'Guidance' }, source: 'decree-30' },
  { code: 'chuong-trinh', abbreviation: 'CTr', label: { vi: 'Chương trình', en: 'Programme' }, source: 'decree-30' },
  { code: 'ke-hoach', abbreviation: 'KH', label: { vi: 'Kế hoạch', en: 'Plan' }, source: 'decree-30' },
  { code: 'phuong-an', abbreviation: 'PA', label: { vi: 'Phương án', en: 'Scheme' }, source: 'decree-30' },
  { code: 'de-an', abbreviation: 'ĐA', label: { vi: 'Đề án', en: 'Proposal' }, source: 'decree-30' },
  { code: 'du-an', abbreviation: 'DA', label: { vi: 'Dự án', en: 'Project' }, source: 'decree-30' },
  { code: 'bao-cao', abbreviation: 'BC', label: { vi: 'Báo cáo', en: 'Report' }, source: 'decree-30' },
  { code: 'bien-ban', abbreviation: 'BB', label: { vi: 'Biên bản', en: 'Minutes' }, source: 'decree-30' },
  { code: 'to-trinh', abbreviation: 'TTr', label: { vi: 'Tờ trình', en: 'Submission' }, source: 'decree-30' },
  { code: 'hop-dong', abbreviation: 'HĐ', label: { vi: 'Hợp đồng', en: 'Contract' }, source: 'decree-30' },
  { code: 'cong-van', abbreviation: null, label: { vi: 'Công văn', en: 'Official letter' }, source: 'decree-30' },
  { code: 'cong-dien', abbreviation: 'CĐ', label: { vi: 'Công điện', en: 'Official dispatch' }, source: 'decree-30' },
  { code: 'ban-ghi-nho', abbreviation: 'BGN', label: { vi: 'Bản ghi nhớ', en: 'Memorandum of understanding' }, source: 'decree-30' },
  { code: 'ban-thoa-thuan', abbreviation: 'BTT', label: { vi: 'Bản thỏa thuận', en: 'Agreement' }, source: 'decree-30' },
  { code: 'giay-uy-quyen', abbreviation: 'GUQ', label: { vi: 'Giấy ủy quyền', en: 'Letter of authorisation' }, source: 'decree-30' },
  { code: 'giay-moi', abbreviation: 'GM', label: { vi: 'Giấy mời', en: 'Invitation' }, source: 'decree-30' },
  { code: 'giay-gioi-thieu', abbreviation: 'GGT', label: { vi: 'Giấy giới thiệu', en: 'Letter of introduction' }, source: 'decree-30' },
  { code: 'giay-nghi-phep', abbreviation: 'GNP', label: { vi: 'Giấy nghỉ phép', en: 'Leave permit' }, source: 'decree-30' },
  { code: 'phieu-gui', abbreviation: 'PG', label: { vi: 'Phiếu gửi', en: 'Dispatch slip' }, source: 'decree-30' },
  { code: 'phieu-chuyen', abbreviation: 'PC', label: { vi: 'Phiếu chuyển', en: 'Transfer slip' }, source: 'decree-30' },
  { code: 'phieu-bao', abbreviation: 'PB', label: { vi: 'Phiếu báo', en: 'Notification slip' }, source: 'decree-30' },
  { code: 'luat', abbreviation: null, label: { vi: 'Luật', en: 'Law' }, source: 'higher-level' },
  { code: 'nghi-dinh', abbreviation: 'NĐ', label: { vi: 'Nghị định', en: 'Decree' }, source: 'higher-level' },
  { code: 'thong-tu', abbreviation: 'TT', label: { vi: 'Thông tư', en: 'Circular' }, source: 'higher-level' },
] as const satisfies readonly (DocumentTypeEntry & { source: DocumentTypeSource })[];

export type DocumentTypeCode = (typeof DOCUMENT_TYPES)[number]['code'];
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/**
 * A type a site defines for itself (an admin form, stored per site). The English label may be left out: the
 * Vietnamese one stands in for it.
 */
export interface SiteDocumentType {
  code: string;
  label: { vi: string; en?: string };
  abbreviation: string | null;
}

/** Built-in types followed by a site's own, all as plain entries (a missing English label = the Vietnamese one). */
export function withSiteDocumentTypes(siteTypes: readonly SiteDocumentType[] = []): DocumentTypeEntry[] {
  return [
    ...DOCUMENT_TYPES.map((t) => ({ code: t.code, label: { ...t.label }, abbreviation: t.abbreviation })),
    ...siteTypes.map((t) => ({ code: t.code, label: { vi: t.label.vi, en: t.label.en?.trim() || t.label.vi }, abbreviation: t.abbreviation })),
  ];
}

/** Why a site-defined type cannot be added to `existing` (empty = it can). */
export type DocumentTypeProblem = 'code_format' | 'code_taken' | 'label_missing' | 'abbreviation_format' | 'abbreviation_taken';

const CODE_FORMAT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Letters only (Đ included), as in `QyĐ`; at most 8. Digits would be read as an issuer's term (`QH13`). */
const ABBREVIATION_FORMAT = /^\p{L}{1,8}$/u;

/**
 * Checks a site-defined type against the list it joins. Abbreviations clash when they are equal ignoring
 * case (`kl` and `KL`); `HD` (Hướng dẫn) beside `HĐ` (Hợp đồng) is allowed, as Decree 30 itself does.
 */
export function documentTypeProblems(entry: SiteDocumentType, existing: readonly DocumentTypeEntry[] = withSiteDocumentTypes()): DocumentTypeProblem[] {
  const problems: DocumentTypeProblem[] = [];
  if (!CODE_FORMAT.test(entry.code)) problems.push('code_format');
  else if (existing.some((t) => t.code === entry.code)) problems.push('code_taken');
  if (!entry.label.vi.trim()) problems.push('label_missing');
  if (entry.abbreviation !== null) {
    const abbr = entry.abbreviation.normalize('NFC');
    if (!ABBREVIATION_FORMAT.test(abbr)) problems.push('abbreviation_format');
    else if (existing.some((t) => t.abbreviation !== null && t.abbreviation.toUpperCase() === abbr.toUpperCase())) problems.push('abbreviation_taken');
  }
  return problems;
}

/** The type whose code this is, or undefined. */
export function findDocumentType(code: string, types: readonly DocumentTypeEntry[] = DOCUMENT_TYPES): DocumentTypeEntry | undefined {
  return types.find((t) => t.code === code);
}

/**
 * The type a symbol's first part names, however it was typed: `QĐ`, `qđ`, `QD` and `qd` all give Quyết định.
 * An exact match ignoring case wins over a match with đ folded to d, so `HD` is Hướng dẫn and `HĐ` Hợp đồng,
 * `DA` Dự án and `ĐA` Đề án; `hđ` typed without its stroke (`hd`) therefore reads as Hướng dẫn.
 */
export function findDocumentTypeByAbbreviation(abbreviation: string, types: readonly DocumentTypeEntry[] = DOCUMENT_TYPES): DocumentTypeEntry | undefined {
  const upper = abbreviation.normalize('NFC').toUpperCase();
  const exact = types.find((t) => t.abbreviation !== null && t.abbreviation.toUpperCase() === upper);
  if (exact) return exact;
  const folded = foldVietnamese(abbreviation);
  return types.find((t) => t.abbreviation !== null && foldVietnamese(t.abbreviation) === folded);
}
