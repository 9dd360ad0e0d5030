import type { Lang } from '../errors';

/**
 * What one document does to another (typed links on law databases). A relation is stored once, from the
 * document that acts (`by`) to the one acted on; the portal shows it on both pages, with the `outgoing` label
 * on the acting document ("Thay thế: …") and the `incoming` label on the other ("Bị thay thế bởi: …").
 *
 * `effect` is what the relation does to the validity of the document acted on, once it takes effect (see
 * `documentValidity`): `replaced` and `repealed` end it, `partially_repealed` ends part of it, `suspended`
 * stops it for a while, `amended` changes it but keeps it in force, `none` is a link only.
 */
export const RELATION_KINDS = [
  {
    kind: 'replaces',
    effect: 'replaced',
    outgoing: { vi: 'Thay thế', en: 'Replaces' },
    incoming: { vi: 'Bị thay thế bởi', en: 'Replaced by' },
  },
  {
    kind: 'repeals',
    effect: 'repealed',
    outgoing: { vi: 'Bãi bỏ', en: 'Repeals' },
    incoming: { vi: 'Bị bãi bỏ bởi', en: 'Repealed by' },
  },
  {
    kind: 'partially_repeals',
    effect: 'partially_repealed',
    outgoing: { vi: 'Bãi bỏ một phần', en: 'Partially repeals' },
    incoming: { vi: 'Bị bãi bỏ một phần bởi', en: 'Partially repealed by' },
  },
  {
    kind: 'amends',
    effect: 'amended',
    outgoing: { vi: 'Sửa đổi, bổ sung', en: 'Amends' },
    incoming: { vi: 'Được sửa đổi, bổ sung bởi', en: 'Amended by' },
  },
  {
    kind: 'suspends',
    effect: 'suspended',
    outgoing: { vi: 'Ngưng hiệu lực', en: 'Suspends' },
    incoming: { vi: 'Bị ngưng hiệu lực bởi', en: 'Suspended by' },
  },
  {
    kind: 'guides',
    effect: 'none',
    outgoing: { vi: 'Hướng dẫn', en: 'Guides' },
    incoming: { vi: 'Được hướng dẫn bởi', en: 'Guided by' },
  },
  {
    kind: 'based_on',
    effect: 'none',
    outgoing: { vi: 'Căn cứ', en: 'Based on' },
    incoming: { vi: 'Là căn cứ của', en: 'Legal basis for' },
  },
] as const;

export type RelationKind = (typeof RELATION_KINDS)[number]['kind'];
export type RelationEffect = (typeof RELATION_KINDS)[number]['effect'];
/** `outgoing`: on the page of the document that acts; `incoming`: on the page of the one acted on. */
export type RelationDirection = 'outgoing' | 'incoming';

export const RELATION_KIND_CODES: readonly RelationKind[] = RELATION_KINDS.map((r) => r.kind);

export function isRelationKind(value: string): value is RelationKind {
  return (RELATION_KIND_CODES as readonly string[]).includes(value);
}

function relationKind(kind: RelationKind): (typeof RELATION_KINDS)[number] {
  const found = RELATION_KINDS.find((r) => r.kind === kind);
  if (!found) throw new RangeError(`Unknown relation kind: ${String(kind)}`);
  return found;
}

export function relationEffect(kind: RelationKind): RelationEffect {
  return relationKind(kind).effect;
}

/** `relationLabel('replaces', 'incoming', 'vi')` → "Bị thay thế bởi". */
export function relationLabel(kind: RelationKind, direction: RelationDirection, lang: Lang): string {
  return relationKind(kind)[direction][lang];
}
