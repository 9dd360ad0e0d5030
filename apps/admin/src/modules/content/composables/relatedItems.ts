import type { Page } from '@congxa/shared/dto/common';
import type { ItemSummaryResponse, LinkableItem } from '@congxa/shared/dto/content';
import { http } from '../../../core/http';

/** An item another can link to, as the relations input shows it. */
export interface RelatedItem {
  id: string;
  title: string;
  /** A legal document's number and symbol ("12/QĐ-UBND"); "" for a type without one. */
  number: string;
}

const sitePath = (site: string, route: string) => `/sites/${encodeURIComponent(site)}/${route}`;

function toRelated(row: Pick<ItemSummaryResponse, 'id' | 'title'> & { number?: unknown }): RelatedItem {
  return { id: row.id, title: row.title, number: typeof row.number === 'string' ? row.number : '' };
}

/** "12/QĐ-UBND — Quyết định về…"; the title alone when there is no number. */
export const relatedLabel = (item: RelatedItem): string => (item.number ? `${item.number} — ${item.title}` : item.title);

/**
 * The items of the site a relation may point at, found by number or words of the title: those the caller
 * may read in the staff list (`GET /sites/:site/<route>?q=…`, drafts too) and every published one
 * (`…/linkable?q=…`: a contributor entering a procedure finds the register's documents), each once, the item
 * itself left out.
 */
export async function searchRelated(route: string, site: string, q: string, exceptId: string | null, signal?: AbortSignal): Promise<RelatedItem[]> {
  const [page, published] = await Promise.all([
    http<Page<ItemSummaryResponse>>(sitePath(site, route), { query: { q, page: 1, pageSize: 10, sort: 'updated', order: 'desc' }, signal }),
    http<LinkableItem[]>(`${sitePath(site, route)}/linkable`, { query: { q }, signal }),
  ]);
  // Both carry a document's number on each row (its type's list facts).
  const seen = new Set<string>(exceptId ? [exceptId] : []);
  const items = [...page.items, ...published].flatMap((i) => (seen.has(i.id) ? [] : (seen.add(i.id), [toRelated(i)])));
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

/** One item by id (a saved relation's label): as the caller may read it, else as published; null when neither. */
export async function getRelated(route: string, site: string, id: string, signal?: AbortSignal): Promise<RelatedItem | null> {
  try {
    return toRelated(await http<ItemSummaryResponse>(`${sitePath(site, route)}/${encodeURIComponent(id)}`, { signal }));
  } catch {
    try {
      const [published] = await http<LinkableItem[]>(`${sitePath(site, route)}/linkable`, { query: { ids: id }, signal });
      return published ? toRelated(published) : null;
    } catch {
      return null;
    }
  }
}
