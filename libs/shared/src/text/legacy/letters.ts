/**
 * The Vietnamese letters the legacy tables are built from: twelve vowel bases, each with six tones (none,
 * sắc, huyền, hỏi, ngã, nặng — the order UniKey's tables use), in lower and upper case, plus đ/Đ.
 * Everything is derived with `String.normalize`, so no precomposed code point is typed by hand.
 */

/** Combining tone marks in table order: none, sắc, huyền, hỏi, ngã, nặng. */
export const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;

/** 0 none, 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

export const TONES: readonly Tone[] = [0, 1, 2, 3, 4, 5];

/** The vowel bases, lower case, without tone. */
export const VOWEL_BASES = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;

export type VowelBase = (typeof VOWEL_BASES)[number];

/** A Vietnamese letter taken apart: its base (vowel base, `đ`, or an ASCII letter), tone and case. */
export interface LetterParts {
  base: VowelBase | 'đ';
  tone: Tone;
  upper: boolean;
}

/** `withTone('ơ', 1)` → "ớ"; `withTone('ơ', 1, true)` → "Ớ". */
export function withTone(base: VowelBase, tone: Tone, upper = false): string {
  const lower = (base + TONE_MARKS[tone]).normalize('NFC');
  return upper ? lower.toUpperCase() : lower;
}

/** Build a table once, on first use (keeps module loading free of work and tree-shakeable). */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

const letterTable = lazy(() => {
  const table = new Map<string, LetterParts>();
  for (const base of VOWEL_BASES) {
    for (const tone of TONES) {
      table.set(withTone(base, tone), { base, tone, upper: false });
      table.set(withTone(base, tone, true), { base, tone, upper: true });
    }
  }
  table.set('đ', { base: 'đ', tone: 0, upper: false });
  table.set('Đ', { base: 'đ', tone: 0, upper: true });
  return table;
});

/** The parts of a Vietnamese vowel (any tone, any case) or of đ/Đ; null for anything else (b, c, 1, ...). */
export function letterParts(ch: string): LetterParts | null {
  return letterTable().get(ch) ?? null;
}

/** Every Vietnamese vowel form and đ, lower case then upper case: 146 letters. */
export function allVietnameseLetters(): string[] {
  return [...letterTable().keys()];
}

/**
 * Precomposed Vietnamese letters outside Latin-1 (ă đ ĩ ũ ơ ư and U+1EA0–U+1EF9) and the combining marks
 * Vietnamese uses: no legacy 8-bit text contains them, so their presence means the text is Unicode.
 */
export const UNICODE_VIETNAMESE = /[ĂăĐđĨĩŨũƠơƯư\u1EA0-\u1EF9]|\u0300|\u0301|\u0302|\u0303|\u0306|\u0309|\u031B|\u0323/;
