import { Transform } from 'class-transformer';
import { IsIntBetween, IsOptionalNotNull, QueryInt } from './validators';

/** Every list answer of the API. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** The last page anyone may ask for: keeps `(page - 1) * pageSize` a small number for the database. */
export const MAX_PAGE = 100_000;

/** `?page=&pageSize=` of every list route (page from 1). */
export class PageQuery {
  @IsOptionalNotNull()
  @QueryInt()
  @IsIntBetween(1, MAX_PAGE)
  page?: number;

  @IsOptionalNotNull()
  @QueryInt()
  @IsIntBetween(1, MAX_PAGE_SIZE)
  pageSize?: number;
}

/** Trim surrounding white space before validation (emails, codes typed by people). */
export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
