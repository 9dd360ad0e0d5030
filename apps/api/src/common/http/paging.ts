import { DEFAULT_PAGE_SIZE, MAX_PAGE, MAX_PAGE_SIZE, type Page, type PageQuery } from '@congxa/shared/dto/common';
import { ValidationFailed } from '../errors/error.filter';

const within = (n: unknown, max: number): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= max;

/**
 * Page and size of a list query. The query classes already bound both (`PageQuery`); a value that slipped
 * past them is still refused here, so an offset never reaches the database out of range.
 */
export function paging(q: PageQuery | undefined): { page: number; pageSize: number } {
  const page = q?.page ?? 1;
  const pageSize = q?.pageSize ?? DEFAULT_PAGE_SIZE;
  const bad = [
    ...(within(page, MAX_PAGE) ? [] : [{ field: 'page', rule: 'max' }]),
    ...(within(pageSize, MAX_PAGE_SIZE) ? [] : [{ field: 'pageSize', rule: 'max' }]),
  ];
  if (bad.length) throw new ValidationFailed(bad);
  return { page, pageSize };
}

export function toPage<E, R>([rows, total]: [E[], number], p: { page: number; pageSize: number }, map: (row: E) => R): Page<R> {
  return { items: rows.map(map), total, page: p.page, pageSize: p.pageSize };
}
