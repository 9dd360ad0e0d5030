import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { ValidationFailed } from '../errors/error.filter';

/** A route id must be a UUID; anything else is named as a bad field (not a database error). */
@Injectable()
export class IdPipe implements PipeTransform<string, string> {
  transform(value: string, meta: ArgumentMetadata): string {
    if (!isUUID(value)) throw new ValidationFailed([{ field: meta.data ?? 'id', rule: 'isUuid' }]);
    return value;
  }
}
