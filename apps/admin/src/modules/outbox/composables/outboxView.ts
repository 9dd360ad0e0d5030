import type { MailStatus } from '@congxa/shared/dto/notifications';

/** The statuses of an outbox mail, in the order the filter offers them (kept here: the DTO module carries class-validator). */
export const OUTBOX_STATUSES = ['held', 'pending', 'sent', 'failed'] as const satisfies readonly MailStatus[];

export const OUTBOX_PAGE_SIZE = 20;

export type StatusTone = 'neutral' | 'progress' | 'success' | 'danger';

/** How a status looks: held mail needs someone to pass it on, failed mail needs attention. */
export function statusTone(status: MailStatus): StatusTone {
  return ({ held: 'neutral', pending: 'progress', sent: 'success', failed: 'danger' } as const)[status];
}

export function isMailStatus(value: unknown): value is MailStatus {
  return typeof value === 'string' && (OUTBOX_STATUSES as readonly string[]).includes(value);
}

const first = (value: unknown): string | null => {
  const v = Array.isArray(value) ? (value as unknown[])[0] : value;
  return typeof v === 'string' ? v : null;
};

/** `?page=&status=` of the outbox page, with anything unusable dropped. */
export function parseOutboxQuery(query: Record<string, unknown>): { page: number; status: MailStatus | null } {
  const page = Number(first(query.page));
  const status = first(query.status);
  return { page: Number.isInteger(page) && page >= 1 ? page : 1, status: isMailStatus(status) ? status : null };
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The first words of a mail body on one line, cut at a word boundary. */
export function bodyPreview(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
