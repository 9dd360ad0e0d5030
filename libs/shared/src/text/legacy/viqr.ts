import { lazy, type Tone, TONES, type VowelBase, VOWEL_BASES, withTone } from './letters';

/**
 * VIQR (RFC 1456): plain ASCII, each mark typed after its vowel — breve `(`, circumflex `^`, horn `+`, then
 * the tone: sắc `'`, huyền `` ` ``, hỏi `?`, ngã `~`, nặng `.`; đ is `dd`. A backslash keeps the next mark
 * literal (`chao\.` is "chao."). Because `.` and `?` are also punctuation, they count as tones only when the
 * syllable visibly goes on: a letter follows, another punctuation mark follows (`bo..` is "bọ."), or a
 * space and a lower-case word follow. VIQR collides with ordinary punctuation: convert only on request.
 */

const TONE_KEYS: Record<string, Tone> = { "'": 1, '`': 2, '?': 3, '~': 4, '.': 5 };
const SHAPES: Record<string, Partial<Record<string, VowelBase>>> = {
  a: { '(': 'ă', '^': 'â' },
  e: { '^': 'ê' },
  o: { '^': 'ô', '+': 'ơ' },
  u: { '+': 'ư' },
};
const VOWEL = /^[aeiouy]$/i;
const LETTER = /\p{L}/u;
const MARK_CHARS = new Set(["'", '`', '?', '~', '.', '(', '^', '+', 'd', 'D', '\\']);

function toneCountsHere(text: string, at: number, key: string): boolean {
  if (key !== '.' && key !== '?') return true;
  const next = text[at + 1];
  if (next === undefined) return false;
  if (LETTER.test(next)) return true;
  if (/[.?!,;:)"'\]»]/.test(next)) return true;
  if (next === ' ' || next === '\t') {
    const after = text[at + 2];
    return after !== undefined && after !== after.toUpperCase() && after === after.toLowerCase();
  }
  return false;
}

/** VIQR → Unicode (NFC). */
export function decodeViqr(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length && MARK_CHARS.has(text[i + 1]!)) {
      out += text[i + 1];
      i++;
      continue;
    }
    // dd → đ at the start of a word only (đ begins a syllable): "address" stays.
    if ((c === 'd' || c === 'D') && (text[i + 1] === 'd' || text[i + 1] === 'D') && !LETTER.test(out.slice(-1))) {
      out += c === 'D' ? 'Đ' : 'đ';
      i++;
      continue;
    }
    if (!VOWEL.test(c)) {
      out += c;
      continue;
    }
    const upper = c !== c.toLowerCase();
    let base = c.toLowerCase() as VowelBase;
    const shaped = SHAPES[base]?.[text[i + 1] ?? ''];
    if (shaped) {
      base = shaped;
      i++;
    }
    let tone: Tone = 0;
    const key = text[i + 1] ?? '';
    if (key in TONE_KEYS && toneCountsHere(text, i + 1, key)) {
      tone = TONE_KEYS[key]!;
      i++;
    }
    out += withTone(base, tone, upper);
  }
  return out.normalize('NFC');
}

const encodeTable = lazy(() => {
  const table = new Map<string, string>();
  const shapeKey: Partial<Record<VowelBase, string>> = { ă: 'a(', â: 'a^', ê: 'e^', ô: 'o^', ơ: 'o+', ư: 'u+' };
  const toneKey = ['', "'", '`', '?', '~', '.'];
  for (const base of VOWEL_BASES) {
    for (const tone of TONES) {
      const spelled = (shapeKey[base] ?? base) + toneKey[tone];
      table.set(withTone(base, tone), spelled);
      table.set(withTone(base, tone, true), spelled[0]!.toUpperCase() + spelled.slice(1));
    }
  }
  table.set('đ', 'dd');
  table.set('Đ', 'DD');
  return table;
});

/** Unicode → VIQR (for tests and for people who ask for it); other characters pass through. */
export function encodeViqr(text: string): string {
  let out = '';
  for (const c of text.normalize('NFC')) out += encodeTable().get(c) ?? c;
  return out;
}
