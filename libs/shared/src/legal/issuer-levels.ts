/**
 * Level of the issuing body (phạm vi, cấp ban hành), as law databases file documents.
 *
 * Since 1 July 2025 local government has two tiers (Law on Organisation of Local Government 2025): the
 * province, and the commune level, which takes in xã, phường and đặc khu. The district level (huyện, quận,
 * thị xã, thành phố thuộc tỉnh) no longer exists, but documents it issued stay on portals, some still in force
 * until replaced: it is kept, marked `historical`, so a form can leave it out of new entries.
 */
export const ISSUER_LEVELS = [
  { code: 'commune', label: { vi: 'Cấp xã', en: 'Commune level' }, note: { vi: 'Xã, phường, đặc khu', en: 'Commune, ward, special zone' }, historical: false },
  {
    code: 'district',
    label: { vi: 'Cấp huyện', en: 'District level' },
    note: { vi: 'Huyện, quận, thị xã, thành phố thuộc tỉnh (đến 30/06/2025)', en: 'District, urban district, town, provincial city (until 30/06/2025)' },
    historical: true,
  },
  { code: 'province', label: { vi: 'Cấp tỉnh', en: 'Province level' }, note: { vi: 'Tỉnh, thành phố', en: 'Province, centrally run city' }, historical: false },
  {
    code: 'central',
    label: { vi: 'Trung ương', en: 'Central level' },
    note: { vi: 'Quốc hội, Chính phủ, bộ, ngành', en: 'National Assembly, Government, ministries' },
    historical: false,
  },
] as const;

export type IssuerLevel = (typeof ISSUER_LEVELS)[number]['code'];

export const ISSUER_LEVEL_CODES: readonly IssuerLevel[] = ISSUER_LEVELS.map((l) => l.code);

/** Levels that still issue documents: what a form offers by default (the district level only when entering older documents). */
export const CURRENT_ISSUER_LEVELS: readonly IssuerLevel[] = ISSUER_LEVELS.filter((l) => !l.historical).map((l) => l.code);

export function isIssuerLevel(value: string): value is IssuerLevel {
  return (ISSUER_LEVEL_CODES as readonly string[]).includes(value);
}
