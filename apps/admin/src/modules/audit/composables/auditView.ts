import type { AuditEntryResponse } from '@congxa/shared/dto/audit';

/** The kinds of item the log names (the `targetType` the API records), in the filter's order. */
export const AUDIT_TARGET_TYPES = ['article', 'page', 'category', 'field', 'media', 'membership', 'site', 'user'] as const;

/** One line of an entry's details: a key and its value as text (objects as indented JSON). */
export interface DetailRow {
  key: string;
  text: string;
  /** Several lines (an object or a long text): shown preformatted. */
  block: boolean;
}

export function detailRows(details: Record<string, unknown> | null | undefined): DetailRow[] {
  return Object.entries(details ?? {}).map(([key, value]) => {
    const text =
      typeof value === 'string'
        ? value
        : value === null || value === undefined
          ? '—'
          : typeof value === 'object'
            ? JSON.stringify(value, null, 2)
            : String(value);
    return { key, text, block: typeof value === 'object' && value !== null };
  });
}

/** The first part of an id, enough to tell items apart on screen ("0a4f9e1b…"). */
export function shortId(id: string): string {
  return id.length > 8 ? `${id.slice(0, 8)}…` : id;
}

/** The name of the system actor of an entry without a person ("scheduler", "demo-seed"), when recorded. */
export function systemName(entry: Pick<AuditEntryResponse, 'actor' | 'details'>): string | null {
  if (entry.actor) return null;
  const system = entry.details?.system;
  return typeof system === 'string' && system ? system : null;
}

/** Saves a downloaded file under its name (an object URL on a link, removed right after). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
