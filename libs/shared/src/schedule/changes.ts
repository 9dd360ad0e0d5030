import type { ContentRow } from '../content/schema';

/** One edition of a schedule that went live: when, and its rows. */
export interface LiveEditionRows {
  publishedAt: string;
  rows: readonly ContentRow[];
}

export interface ScheduleChanges {
  /** Row id → when the row took its current form, for rows changed or added after the first publication. */
  adjusted: Record<string, string>;
  /** Rows published earlier and taken out since (cancelled), each with when it was taken out, in the order they were published. */
  removed: { row: ContentRow; removedAt: string }[];
}

const same = (a: ContentRow, b: ContentRow) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a[k] ?? null) !== (b[k] ?? null)) return false;
  return true;
};

/**
 * What changed in a week since it was first published, from its live editions in order (the last is what
 * the public sees): a row is "điều chỉnh lúc T" when it differs from (or was absent in) the first edition,
 * T being the publication of the edition from which it has stayed as it is now; a row of an earlier edition
 * missing from the last was cancelled at the publication of the first edition without it.
 */
export function scheduleChanges(editions: readonly LiveEditionRows[]): ScheduleChanges {
  const out: ScheduleChanges = { adjusted: {}, removed: [] };
  if (editions.length === 0) return out;
  const last = editions[editions.length - 1];
  for (const row of last.rows) {
    let since = editions.length - 1;
    while (since > 0) {
      const earlier = editions[since - 1].rows.find((r) => r.id === row.id);
      if (!earlier || !same(earlier, row)) break;
      since--;
    }
    if (since > 0) out.adjusted[row.id] = editions[since].publishedAt;
  }
  const current = new Set(last.rows.map((r) => r.id));
  const seen = new Set<string>();
  editions.forEach((edition, i) => {
    for (const row of edition.rows) {
      if (current.has(row.id) || seen.has(row.id)) continue;
      // Its last appearance decides its form; it was removed by the next edition without it.
      let lastSeen = i;
      for (let j = i + 1; j < editions.length; j++) if (editions[j].rows.some((r) => r.id === row.id)) lastSeen = j;
      seen.add(row.id);
      out.removed.push({ row: editions[lastSeen].rows.find((r) => r.id === row.id)!, removedAt: editions[lastSeen + 1].publishedAt });
    }
  });
  return out;
}
