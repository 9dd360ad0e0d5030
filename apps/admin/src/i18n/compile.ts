import type { MessageCompiler, MessageContext, MessageFunction } from 'vue-i18n';

/**
 * The message compiler of the admin: vue-i18n's runtime-only build (no 40 KB parser and code generator
 * in the bundle) with this small compiler for the subset of the message syntax the admin uses, so every
 * message is turned into a function once, on first use:
 * - `{name}` named and `{0}` list interpolation,
 * - `{'@'}` literals (for the characters the full syntax reserves: `@ { } |`),
 * - plural cases separated by `|` (`'Không có mục nào | 1 mục | {count} mục'`).
 * Anything else (linked `@:key` messages, modifiers) is refused loudly in development and tests, so a
 * message the compiler does not understand cannot ship as raw text.
 */
type Part = string | { named: string } | { list: number };

/** The runtime hands these to compiled messages (vue-i18n's own generated code uses them too). */
interface RuntimeContext extends MessageContext<string> {
  normalize(parts: unknown[]): string;
  interpolate(value: unknown): unknown;
}

/** Where the placeholder or literal opening at `start` (a "{") closes; -1 when it does not. */
function closingBrace(source: string, start: number): number {
  if (source.startsWith("{'", start)) {
    const end = source.indexOf("'}", start + 2);
    return end < 0 ? -1 : end + 1;
  }
  return source.indexOf('}', start);
}

/** Splits at `|` outside placeholders and literals. */
function pluralCases(source: string): string[] {
  const cases: string[] = [];
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '{') {
      const end = closingBrace(source, i);
      i = end < 0 ? source.length : end;
    } else if (c === '|') {
      cases.push(source.slice(start, i).trim());
      start = i + 1;
    }
  }
  if (start === 0) return [source];
  cases.push(source.slice(start).trim());
  return cases;
}

function parse(source: string, key: string): Part[] {
  const parts: Part[] = [];
  let text = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '@' || c === '}') throw new SyntaxError(`message "${key}": "${c}" at ${i} must be written {'${c}'}`);
    if (c !== '{') {
      text += c;
      i++;
      continue;
    }
    const end = closingBrace(source, i);
    if (end < 0) throw new SyntaxError(`message "${key}": "{" at ${i} is not closed`);
    const inner = source.slice(i + 1, end);
    i = end + 1;
    const literal = /^'(.*)'$/s.exec(inner);
    if (literal) {
      text += literal[1];
      continue;
    }
    const name = inner.trim();
    if (text) parts.push(text);
    text = '';
    if (/^\d+$/.test(name)) parts.push({ list: Number(name) });
    else if (/^[A-Za-z_$][\w$]*$/.test(name)) parts.push({ named: name });
    else throw new SyntaxError(`message "${key}": "{${name}}" is not a placeholder this compiler knows`);
  }
  if (text) parts.push(text);
  return parts;
}

function render(ctx: RuntimeContext, parts: Part[]): string {
  return ctx.normalize(parts.map((part) => (typeof part === 'string' ? part : ctx.interpolate('named' in part ? ctx.named(part.named) : ctx.list(part.list)))));
}

export const compileMessage: MessageCompiler<string, unknown> = (message, context) => {
  if (typeof message !== 'string') throw new TypeError(`message "${context.key}" is not a string`);
  const cases = pluralCases(message).map((source) => parse(source, context.key));
  const fn =
    cases.length === 1
      ? (ctx: MessageContext<string>) => render(ctx as RuntimeContext, cases[0]!)
      : (ctx: MessageContext<string>) => ctx.plural(cases.map((parts) => render(ctx as RuntimeContext, parts)));
  return fn as MessageFunction<string>;
};
