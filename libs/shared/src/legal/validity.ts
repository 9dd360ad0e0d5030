import { isPlainDate, type PlainDate } from './plain-date';
import { relationEffect, type RelationEffect, type RelationKind } from './relations';

/**
 * Validity status of a document (tình trạng hiệu lực), computed from its dates and from what other documents
 * do to it, for a given day — never stored, so it changes on the day without anyone editing.
 */
export const VALIDITY_STATUSES = ['not_yet_effective', 'in_force', 'partially_expired', 'suspended', 'expired', 'replaced'] as const;
export type ValidityStatus = (typeof VALIDITY_STATUSES)[number];

export const VALIDITY_STATUS_LABELS: Record<ValidityStatus, { vi: string; en: string }> = {
  not_yet_effective: { vi: 'Chưa có hiệu lực', en: 'Not yet in force' },
  in_force: { vi: 'Còn hiệu lực', en: 'In force' },
  partially_expired: { vi: 'Hết hiệu lực một phần', en: 'Partially expired' },
  suspended: { vi: 'Ngưng hiệu lực', en: 'Suspended' },
  expired: { vi: 'Hết hiệu lực toàn bộ', en: 'Expired' },
  replaced: { vi: 'Bị thay thế', en: 'Replaced' },
};

/** Statuses under which (at least part of) the document applies: the "documents in force" filter. */
export const IN_FORCE_STATUSES: readonly ValidityStatus[] = ['in_force', 'partially_expired'];

/** The other document of a relation, as much of it as is needed to name it. */
export interface RelatedDocumentRef {
  id: string;
  /** Its number and symbol as shown (`15/QĐ-UBND`), or null when it has none. */
  number: string | null;
  title?: string;
  /** Its type's code, when known; otherwise the type is read from the number's symbol. */
  typeCode?: string;
}

/** Something another document (`by`) does to this one. */
export interface IncomingRelation {
  kind: RelationKind;
  by: RelatedDocumentRef;
  /** The day it acts from (usually the acting document's effective date); null = already acting, day not recorded. */
  effectiveOn: PlainDate | null;
  /** For a suspension: the first day the document is back in force; null or absent = until further notice. */
  until?: PlainDate | null;
}

export interface ValidityInput {
  issuedOn: PlainDate;
  /** First day in force; null = the day of issue. */
  effectiveOn: PlainDate | null;
  /** First day no longer in force ("hết hiệu lực từ ngày …"); null = no end date. */
  expiresOn: PlainDate | null;
  relations?: readonly IncomingRelation[];
}

export type ValidityReasonCode =
  /** in_force: in force since `date`. */
  | 'effective'
  /** in_force: amended by `by` with effect from `date` (the latest amendment). */
  | 'amended'
  /** in_force: back in force on `date` after a suspension by `by`. */
  | 'resumed'
  /** not_yet_effective: takes effect on `date`. */
  | 'awaiting_effect'
  /** expired: its own end date `date` has come. */
  | 'expiry_date'
  /** replaced: replaced by `by` from `date`. */
  | 'replaced'
  /** expired: repealed by `by` from `date`. */
  | 'repealed'
  /** partially_expired: partly repealed by `by` from `date`. */
  | 'partially_repealed'
  /** suspended: suspended by `by` from `date`, back in force on `until` when known. */
  | 'suspended';

export interface ValidityReason {
  code: ValidityReasonCode;
  /** Absent when the relation behind the reason has no recorded day. */
  date?: PlainDate;
  until?: PlainDate;
  by?: RelatedDocumentRef;
}

export interface Validity {
  status: ValidityStatus;
  /** The day the current status began; null when it comes from a relation with no recorded day. */
  since: PlainDate | null;
  reason: ValidityReason;
}

/** An event that can decide the status; `date` null = in effect, day unknown. */
interface Candidate {
  status: ValidityStatus;
  date: PlainDate | null;
  reason: ValidityReason;
}

function reasonOf(code: ValidityReasonCode, date: PlainDate | null, by?: RelatedDocumentRef, until?: PlainDate | null): ValidityReason {
  return { code, ...(date === null ? {} : { date }), ...(until ? { until } : {}), ...(by ? { by } : {}) };
}

/** Earliest first; an unknown day counts as earliest (the relation is recorded as already acting). */
function byDate(a: Candidate, b: Candidate): number {
  const [x, y] = [a.date ?? '', b.date ?? ''];
  return x < y ? -1 : x > y ? 1 : 0;
}

function check(field: string, value: unknown, nullable: boolean): void {
  if (nullable && (value === null || value === undefined)) return;
  if (!isPlainDate(value)) throw new RangeError(`documentValidity: ${field} must be a YYYY-MM-DD day, got ${JSON.stringify(value)}`);
}

/**
 * The validity of a document on `today` (a day in Vietnam, see `todayInVietnam`).
 *
 * Day conventions — every period is half-open, [first day, end day):
 * - in force ON its effective date (`effectiveOn`, or `issuedOn` when null) and after;
 * - NOT in force on its expiry date: `expiresOn` is the first day it no longer applies, as "hết hiệu lực từ
 *   ngày X" reads and as law databases record it (a replaced document's expiry date is the replacing one's
 *   effective date);
 * - a relation acts ON its `effectiveOn` (null = already acting);
 * - a suspension runs from its `effectiveOn` to the day before `until`: on `until` the document is back in force.
 *
 * Precedence when several apply:
 * 1. the end of the document: replaced, repealed (→ `expired`) or its own expiry date (→ `expired`). If more
 *    than one has come, the earliest decides, since that is when it ended; on the same day (the usual case:
 *    the expiry date was filled in from the replacing document) replaced > repealed > expiry date;
 * 2. `suspended`, within a suspension's window;
 * 3. `partially_expired`, once a partial repeal acts (an amendment keeps the document `in_force`);
 * 4. `not_yet_effective`, before the effective date;
 * 5. `in_force`, whose reason is the latest of: coming into force, an amendment acting, a suspension ending.
 *
 * Throws a RangeError when a day is not a valid `YYYY-MM-DD` date.
 */
export function documentValidity(doc: ValidityInput, today: PlainDate): Validity {
  check('today', today, false);
  check('issuedOn', doc.issuedOn, false);
  check('effectiveOn', doc.effectiveOn, true);
  check('expiresOn', doc.expiresOn, true);
  const relations = doc.relations ?? [];
  relations.forEach((r, i) => {
    check(`relations[${i}].effectiveOn`, r.effectiveOn, true);
    check(`relations[${i}].until`, r.until, true);
  });

  const start = doc.effectiveOn ?? doc.issuedOn;
  const acting = relations.filter((r) => r.effectiveOn === null || r.effectiveOn <= today);
  const withEffect = (effect: RelationEffect) => acting.filter((r) => relationEffect(r.kind) === effect);

  // 1. The end: replaced, repealed, or its own expiry date.
  const endings: Candidate[] = [
    ...withEffect('replaced').map((r) => ({ status: 'replaced' as const, date: r.effectiveOn, reason: reasonOf('replaced', r.effectiveOn, r.by) })),
    ...withEffect('repealed').map((r) => ({ status: 'expired' as const, date: r.effectiveOn, reason: reasonOf('repealed', r.effectiveOn, r.by) })),
    ...(doc.expiresOn !== null && doc.expiresOn <= today
      ? [{ status: 'expired' as const, date: doc.expiresOn, reason: reasonOf('expiry_date', doc.expiresOn) }]
      : []),
  ];
  // Array.prototype.sort is stable: equal days keep the order above (replaced, repealed, expiry date).
  const ending = endings.sort(byDate)[0];
  if (ending) return { status: ending.status, since: ending.date, reason: ending.reason };

  // 2. Suspended, within the window [effectiveOn, until).
  const suspensions = withEffect('suspended');
  const suspension = suspensions
    .filter((r) => !r.until || today < r.until)
    .map((r) => ({ status: 'suspended' as const, date: r.effectiveOn, reason: reasonOf('suspended', r.effectiveOn, r.by, r.until) }))
    .sort(byDate)[0];
  if (suspension) return { status: suspension.status, since: suspension.date, reason: suspension.reason };

  // 3. Partly repealed.
  const partial = withEffect('partially_repealed')
    .map((r) => ({ status: 'partially_expired' as const, date: r.effectiveOn, reason: reasonOf('partially_repealed', r.effectiveOn, r.by) }))
    .sort(byDate)[0];
  if (partial) return { status: partial.status, since: partial.date, reason: partial.reason };

  // 4. Not yet in force.
  if (today < start) return { status: 'not_yet_effective', since: doc.issuedOn, reason: reasonOf('awaiting_effect', start) };

  // 5. In force: the latest thing that happened to it explains it. An amendment or a resumption with no
  // recorded day counts as happening when the document came into force.
  const events: Candidate[] = [
    { status: 'in_force', date: start, reason: reasonOf('effective', start) },
    ...withEffect('amended').map((r) => ({ status: 'in_force' as const, date: r.effectiveOn ?? start, reason: reasonOf('amended', r.effectiveOn, r.by) })),
    ...suspensions.map((r) => ({ status: 'in_force' as const, date: r.until ?? start, reason: reasonOf('resumed', r.until ?? null, r.by) })),
  ];
  const latest = events.sort(byDate)[events.length - 1];
  // In force without a break since it came into force, or since the last suspension ended.
  const since = suspensions.reduce((day, r) => (r.until && r.until > day ? r.until : day), start);
  return { status: 'in_force', since, reason: latest.reason };
}
