import { Transform } from 'class-transformer';
import { IsInt, IsOptional, isURL, Max, Min, ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';

/**
 * The validation vocabulary every request class uses. Two rules it enforces for the whole API:
 *
 * - `null` is a value, not an absence. A field that may be left out but has no "empty" state is
 *   `@IsOptionalNotNull()`: `null` goes on to its rules and is refused (400, the field named). Only a field
 *   whose `null` means "clear it" (and whose service stores that) is `@IsOptionalOrNull()`. Plain
 *   `@IsOptional()` lets `null` through silently and is not used in request classes.
 * - Every integer has an upper bound: nothing the API takes may overflow a PostgreSQL `integer`.
 */

/** The largest PostgreSQL `integer` (and a safe bound for every count, position and revision). */
export const INT32_MAX = 2_147_483_647;

/** May be absent; when present (including `null`) the field's rules apply. */
export const IsOptionalNotNull = (options?: ValidationOptions): PropertyDecorator => ValidateIf((_o: object, v: unknown) => v !== undefined, options);

/** May be absent or `null`; `null` clears the value, which the service must handle. */
export const IsOptionalOrNull = (options?: ValidationOptions): PropertyDecorator => IsOptional(options);

/** Apply several property decorators as one. */
export function composeDecorators(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => {
    for (const d of decorators) d(target, key);
  };
}

/** An integer in [min, max]; `max` defaults to the PostgreSQL `integer` bound. */
export const IsIntBetween = (min: number, max: number = INT32_MAX): PropertyDecorator => composeDecorators(IsInt(), Min(min), Max(max));

/**
 * A query-string integer: digits only (an optional sign) become a number; anything else (`1e3`, `0x10`,
 * ` 1`, `abc`, an empty or repeated parameter) stays as sent and fails `isInt`.
 */
export const QueryInt = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^[+-]?\d{1,20}$/.test(value) ? Number(value) : value));

/**
 * A web address people may be sent to: `https://` with a host name (no `http:`, `javascript:`, user name
 * or password in it). An empty text passes: in a PATCH it clears the value, like `null`.
 */
export const isHttpsUrl = (value: unknown): boolean =>
  typeof value === 'string' &&
  (value === '' || isURL(value, { protocols: ['https'], require_protocol: true, require_valid_protocol: true, require_tld: true, disallow_auth: true }));

/** `isHttpsUrl` as a rule (`isHttpsUrl`, with its own message for people). */
export const IsHttpsUrl = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy({ name: 'isHttpsUrl', validator: { validate: isHttpsUrl, defaultMessage: () => '$property must be an https:// address' } }, options);
