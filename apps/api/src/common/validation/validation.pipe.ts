import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { hasForbiddenControlChars, normalizeText } from '@congxa/shared/text';
import { ValidationFailed } from '../errors/error.filter';

const PRIMITIVES = new Set<unknown>([String, Boolean, Number, Array, Object]);

/**
 * Every incoming string becomes NFC (CRLF → LF); a string holding control characters other than tab and
 * newline is refused. Returns the cleaned value and the paths of refused strings.
 */
export function cleanStrings(value: unknown, path = '', bad: string[] = []): unknown {
  if (typeof value === 'string') {
    if (hasForbiddenControlChars(value)) bad.push(path || 'body');
    return normalizeText(value);
  }
  if (Array.isArray(value)) return value.map((v, i) => cleanStrings(v, path ? `${path}[${i}]` : `[${i}]`, bad));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
      out[k] = cleanStrings(v, path ? `${path}.${k}` : k, bad);
    }
    return out;
  }
  return value;
}

function flatten(errors: ValidationError[], parent = ''): { field: string; rule: string }[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.keys(e.constraints ?? {}).map((rule) => ({ field, rule }));
    return own.concat(flatten(e.children ?? [], field));
  });
}

/**
 * The global validation pipe: whitelisting with unknown fields refused (no mass assignment), strings
 * normalised before the rules run, every bad field named.
 */
@Injectable()
export class AppValidationPipe implements PipeTransform {
  async transform(value: unknown, meta: ArgumentMetadata): Promise<unknown> {
    if (meta.type === 'custom') return value;
    const bad: string[] = [];
    const cleaned = cleanStrings(value, '', bad);
    const metatype = meta.metatype;
    if (!metatype || PRIMITIVES.has(metatype)) {
      if (bad.length) throw new ValidationFailed(bad.map((field) => ({ field, rule: 'noControlChars' })));
      return cleaned;
    }
    if (meta.type === 'body' && (cleaned === null || typeof cleaned !== 'object' || Array.isArray(cleaned))) {
      throw new ValidationFailed([{ field: 'body', rule: 'isObject' }]);
    }
    const instance = plainToInstance(metatype as new () => object, cleaned ?? {});
    const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
    const fields = bad.map((field) => ({ field, rule: 'noControlChars' })).concat(flatten(errors));
    if (fields.length) throw new ValidationFailed(fields);
    return instance;
  }
}
