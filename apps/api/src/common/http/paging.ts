import { DEFAULT_PAGE_SIZE, type Page, type PageQuery } from '@congxa/shared/dto/common';

export function paging(q: PageQuery | undefined): { page: number; pageSize: number } {
  return { page: q?.page ?? 1, pageSize: q?.pageSize ?? DEFAULT_PAGE_SIZE };
}

export function toPage<E, R>([rows, total]: [E[], number], p: { page: number; pageSize: number }, map: (row: E) => R): Page<R> {
  return { items: rows.map(map), total, page: p.page, pageSize: p.pageSize };
}
