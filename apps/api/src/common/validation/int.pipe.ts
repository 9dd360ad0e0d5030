import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { INT32_MAX } from '@congxa/shared/dto/validators';
import { ValidationFailed } from '../errors/error.filter';

/**
 * A positive integer route parameter (a revision number): digits only, 1 to `INT32_MAX`, anything else named
 * as a bad field (400) instead of reaching the database as an out-of-range number.
 */
@Injectable()
export class PositiveIntPipe implements PipeTransform<string, number> {
  transform(value: string, meta: ArgumentMetadata): number {
    const field = meta.data ?? 'id';
    if (typeof value !== 'string' || !/^\d+$/.test(value)) throw new ValidationFailed([{ field, rule: 'isInt' }]);
    const n = Number(value);
    if (n < 1) throw new ValidationFailed([{ field, rule: 'min' }]);
    if (n > INT32_MAX) throw new ValidationFailed([{ field, rule: 'max' }]);
    return n;
  }
}
