import type { Page } from '@congxa/shared/dto/common';
import type { ItemSummaryResponse } from '@congxa/shared/dto/content';
import { http } from '../../../core/http';

/** An item another can link to, as the relations input shows it. */
export interface RelatedItem {
  id: string;
  title: string;
  /** A legal document's number and symbol ("12/QĐ-UBND"); "" for a type without one. */
  number: string;
}

const sitePath = (site: string, route: string) => `/sites/${encodeURIComponent(site)}/${route}`;

function toRelated(row: ItemSummaryResponse & { number?: unknown }): RelatedItem {
  return { id: row.id, title: row.title, number: typeof row.number === 'string' ? row.number : '' };
}

/** "12/QĐ-UBND — Quyết định về…"; the title alone when there is no number. */
export const relatedLabel = (item: RelatedItem): string => (item.number ? `${item.number} — ${item.title}` : item.title);

/**
 * The items of the site a relation may point at, found by number or words of the title through the staff
 * list (`GET /sites/:site/<route>?q=…`), the item itself left out.
 */
export async function searchRelated(route: string, site: string, q: string, exceptId: string | null, signal?: AbortSignal): Promise<RelatedItem[]> {
  const page = await http<Page<ItemSummaryResponse>>(sitePath(site, route), { query: { q, page: 1, pageSize: 10, sort: 'updated', order: 'desc' }, signal });
  // The staff list carries a document's number on each row (its type's list facts).
  const items = page.items.filter((i) => i.id !== exceptId).map(toRelated);
  return byNumberMatch(items, q);
}

/** "12 / QĐ-UBND" → "12/qd-ubnd": a number as people type it, compared without marks, case or spaces. */
const foldNumber = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, '');

/**
 * The document whose number is what was typed first, then those whose number starts with it, then the
 * rest in the list's order (a later decision quoting "15/QĐ-UBND" in its title comes after 15/QĐ-UBND).
 */
export function byNumberMatch(items: RelatedItem[], q: string): RelatedItem[] {
  const typed = foldNumber(q);
  if (!typed) return items;
  const rank = (item: RelatedItem) => {
    const number = foldNumber(item.number);
    return number === typed ? 0 : number && number.startsWith(typed) ? 1 : 2;
  };
  return items
    .map((item, i) => ({ item, i, r: rank(item) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.item);
}

/** One item by id (a saved relation's label); null when it cannot be read. */
export async function getRelated(route: string, site: string, id: string, signal?: AbortSignal): Promise<RelatedItem | null> {
  try {
    return toRelated(await http<ItemSummaryResponse>(`${sitePath(site, route)}/${encodeURIComponent(id)}`, { signal }));
  } catch {
    return null;
  }
}
