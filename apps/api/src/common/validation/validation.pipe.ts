import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { hasForbiddenControlChars, normalizeText } from '@congxa/shared/text';
import { ValidationFailed } from '../errors/error.filter';

const PRIMITIVES = new Set<unknown>([String, Boolean, Number, Array, Object]);

/** No request of the API nests deeper than a few levels; 32 leaves room and keeps every walk of it shallow. */
export const MAX_INPUT_DEPTH = 32;

/** A lone UTF-16 surrogate (in `u` mode a well-formed pair is one code point, which this class does not match). */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const LONE_SURROGATES = /[\uD800-\uDFFF]/gu;

/** Is every surrogate of `text` one half of a pair (what `String.prototype.isWellFormed` answers)? */
export const isWellFormedUnicode = (text: string): boolean => !LONE_SURROGATE.test(text);

/**
 * How deeply `value` nests arrays and objects (a scalar is 0, `{}` 1), counted without recursion and
 * given up as soon as it passes `limit` (a body of 20,000 brackets costs 33 steps, not a stack overflow).
 */
export function nestingDepth(value: unknown, limit = MAX_INPUT_DEPTH): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, above] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    const depth = above + 1;
    if (depth > max) max = depth;
    if (max > limit) return max;
    for (const c of Array.isArray(v) ? v : Object.values(v as object)) if (c !== null && typeof c === 'object') stack.push([c, depth]);
  }
  return max;
}

export interface BadString {
  field: string;
  rule: 'noControlChars' | 'wellFormedUnicode';
}

/**
 * Every incoming string becomes NFC (CRLF → LF); a string holding control characters other than tab and
 * newline, or a lone UTF-16 surrogate (which PostgreSQL cannot store), is refused. Returns the cleaned
 * value; the refused strings are added to `bad` by path. Call it on values no deeper than
 * `MAX_INPUT_DEPTH` (the pipe checks that first): it recurses.
 */
export function cleanStrings(value: unknown, path = '', bad: BadString[] = [], depth = 0): unknown {
  if (typeof value === 'string') {
    if (hasForbiddenControlChars(value)) bad.push({ field: path || 'body', rule: 'noControlChars' });
    if (!isWellFormedUnicode(value)) {
      bad.push({ field: path || 'body', rule: 'wellFormedUnicode' });
      // The request is refused; the rules still run (to name every bad field) on a copy they can read:
      // some throw on a lone surrogate (isEmail decodes URI components).
      return normalizeText(value.replace(LONE_SURROGATES, '\uFFFD'));
    }
    return normalizeText(value);
  }
  if (depth > MAX_INPUT_DEPTH) throw new ValidationFailed([{ field: path || 'body', rule: 'maxDepth' }]);
  if (Array.isArray(value)) return value.map((v, i) => cleanStrings(v, path ? `${path}[${i}]` : `[${i}]`, bad, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
      out[k] = cleanStrings(v, path ? `${path}.${k}` : k, bad, depth + 1);
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
 * The global validation pipe: input nested deeper than `MAX_INPUT_DEPTH` refused before anything walks it,
 * whitelisting with unknown fields refused (no mass assignment), strings normalised and checked before the
 * rules run, every bad field named.
 */
@Injectable()
export class AppValidationPipe implements PipeTransform {
  async transform(value: unknown, meta: ArgumentMetadata): Promise<unknown> {
    if (meta.type === 'custom') return value;
    // A route parameter or header is named by itself; a body or query by its fields.
    const root = meta.type === 'body' || meta.type === 'query' ? '' : (meta.data ?? '');
    if (nestingDepth(value) > MAX_INPUT_DEPTH) throw new ValidationFailed([{ field: root || 'body', rule: 'maxDepth' }]);
    const bad: BadString[] = [];
    const cleaned = cleanStrings(value, root, bad);
    const metatype = meta.metatype;
    if (!metatype || PRIMITIVES.has(metatype)) {
      if (bad.length) throw new ValidationFailed(bad);
      return cleaned;
    }
    if (meta.type === 'body' && (cleaned === null || typeof cleaned !== 'object' || Array.isArray(cleaned))) {
      throw new ValidationFailed([{ field: 'body', rule: 'isObject' }]);
    }
    const instance = plainToInstance(metatype as new () => object, cleaned ?? {});
    const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
    const fields = [...bad, ...flatten(errors)];
    if (fields.length) throw new ValidationFailed(fields);
    return instance;
  }
}
