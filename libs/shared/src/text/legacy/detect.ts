import { commonSyllables } from './common-syllables';
import { classifyFonts } from './fonts';
import { UNICODE_VIETNAMESE } from './letters';
import { isVietnameseSyllable } from './syllable';
import { decodeTcvn3 } from './tcvn3';
import { decodeViqr } from './viqr';
import { decodeVni } from './vni';

export type LegacyEncoding = 'tcvn3' | 'vni' | 'viqr';
export type DetectedEncoding = 'unicode' | LegacyEncoding | 'unknown';

export interface EncodingHints {
  /** Names of the fonts the text was set in (".VnTime", ".VnTimeH", "VNI-Times", "Times New Roman"). */
  fonts?: readonly string[];
}

export interface EncodingDetection {
  encoding: DetectedEncoding;
  /** 0–1: how sure the guess is (1 when a font named the encoding). */
  confidence: number;
}

/** Scored words are capped: a few thousand words settle the question and keep 1 MB texts fast. */
const MAX_SCORED_CHUNKS = 4000;

/** Points per word: a frequent syllable, a valid one, a one-letter one (weak), a malformed one. */
const POINTS = { common: 1.5, valid: 1, weak: 0.25, invalid: -1, none: 0 } as const;
type Verdict = keyof typeof POINTS;

/** A legacy reading must beat the Unicode one by this many points, and read well on most words. */
const MIN_MARGIN = 1.5;
const MIN_VALID_SHARE = 0.6;

/** True when the line holds letters only Unicode has (ă ơ ư đ ạ … or combining marks). */
export function hasUnicodeVietnamese(text: string): boolean {
  return UNICODE_VIETNAMESE.test(text);
}

/**
 * Word boundaries that are safe in every candidate encoding: white space, ASCII punctuation and the
 * General Punctuation block (“ ” – — … are no letter in TCVN3 or VNI). Latin-1 symbols are not boundaries:
 * in TCVN3 "¸ µ « ­" are letters.
 */
const CHUNK_SPLIT = /[\s!-/:-@[-`{-~\u2000-\u206f]+/u;
/**
 * Stripped from both ends of a word before it is judged: digits and symbols outside Latin-1. Latin-1
 * symbols stay, since they are letters in TCVN3 ("­¬m" is "ươm", not "m"), and so does U+FFFD (a byte
 * the candidate encoding does not know).
 */
const EDGE = /^[^\p{L}\u00a0-\u00ff\ufffd]+|[^\p{L}\u00a0-\u00ff\ufffd]+$/gu;
const NON_LETTER = /[^\p{L}]/u;

/** `lone`: the word is one character as typed; it says little either way ("½" reads "ẵ" in TCVN3). */
function verdict(decoded: string, lone: boolean): Verdict {
  const core = decoded.replace(EDGE, '');
  if (!core) return 'none';
  if (lone) return isVietnameseSyllable(core) ? 'weak' : 'none';
  if (NON_LETTER.test(core) || !isVietnameseSyllable(core)) return 'invalid';
  return commonSyllables().has(core.toLowerCase()) ? 'common' : 'valid';
}

interface Tally {
  score: number;
  valid: number;
  strong: number;
  /** Words that read as a syllable or as a malformed one (not those with no letter). */
  decided: number;
}

const emptyTally = (): Tally => ({ score: 0, valid: 0, strong: 0, decided: 0 });

function add(tally: Tally, v: Verdict): void {
  tally.score += POINTS[v];
  if (v !== 'none') tally.decided++;
  if (v === 'common' || v === 'valid' || v === 'weak') tally.valid++;
  if (v === 'common' || v === 'valid') tally.strong++;
}

const CANDIDATES = ['tcvn3', 'vni'] as const;
type Candidate = (typeof CANDIDATES)[number];

const strictDecoders: Record<Candidate, (chunk: string) => string> = {
  tcvn3: (chunk) => decodeTcvn3(chunk, { capitals: 'none', strict: true }),
  vni: (chunk) => decodeVni(chunk, { strict: true }),
};

interface Scores {
  unicode: Tally;
  tcvn3: Tally;
  vni: Tally;
}

/** Scores the words holding a non-ASCII character, read as Unicode, TCVN3 and VNI. */
function score(lines: readonly string[]): Scores {
  const scores: Scores = { unicode: emptyTally(), tcvn3: emptyTally(), vni: emptyTally() };
  let scored = 0;
  for (const line of lines) {
    for (const chunk of line.split(CHUNK_SPLIT)) {
      // eslint-disable-next-line no-control-regex
      if (!/[^\u0000-\u007f]/.test(chunk)) continue;
      const lone = [...chunk.replace(EDGE, '')].length === 1;
      add(scores.unicode, verdict(chunk.normalize('NFC'), lone));
      for (const c of CANDIDATES) add(scores[c], verdict(strictDecoders[c](chunk), lone));
      if (++scored >= MAX_SCORED_CHUNKS) return scores;
    }
  }
  return scores;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Confidence grows with the share of good words and with the margin over the other reading. */
function confidenceOf(share: number, margin: number): number {
  return round(Math.min(0.99, share * (1 - Math.pow(0.5, margin / MIN_MARGIN))));
}

/** VIQR is guessed (never converted automatically) only from plain ASCII full of marked syllables. */
function detectViqr(text: string): EncodingDetection | null {
  let words = 0;
  let marked = 0;
  let good = 0;
  for (const chunk of text.split(/\s+/)) {
    if (!/[a-z]/i.test(chunk)) continue;
    words++;
    const decoded = decodeViqr(chunk.replace(/[,;:!"]+$/, ''));
    if (decoded === chunk.replace(/[,;:!"]+$/, '')) continue;
    marked++;
    const core = decoded.replace(EDGE, '');
    if (core && !NON_LETTER.test(core) && isVietnameseSyllable(core)) good++;
  }
  if (marked < 3 || marked / words < 0.3 || good / marked < 0.7) return null;
  return { encoding: 'viqr', confidence: round(Math.min(0.9, (good / marked) * (marked / words))) };
}

export interface LineAwareDetection extends EncodingDetection {
  /** With a legacy encoding: lines holding Unicode-only letters, which a conversion leaves alone. */
  keepLine: (line: string) => boolean;
}

const keepNothing = () => false;

/** Detection, plus which lines a conversion must leave alone (mixed Unicode + legacy pastes). */
export function detectEncodingByLine(text: string, hints: EncodingHints = {}): LineAwareDetection {
  const fonts = classifyFonts(hints.fonts);
  if (fonts.encoding && !hasUnicodeVietnamese(text)) return { encoding: fonts.encoding, confidence: 1, keepLine: keepNothing };
  if (!/\p{L}/u.test(text)) return { encoding: 'unknown', confidence: 0, keepLine: keepNothing };
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(text)) {
    return { ...(detectViqr(text) ?? { encoding: 'unicode', confidence: 1 }), keepLine: keepNothing };
  }
  const lines = text.split('\n');
  const legacyLines = lines.filter((line) => !hasUnicodeVietnamese(line));
  // Every line is Unicode: nothing to convert, whatever the fonts say.
  if (legacyLines.length === 0) return { encoding: 'unicode', confidence: 1, keepLine: keepNothing };
  const keepLine = legacyLines.length < lines.length ? hasUnicodeVietnamese : keepNothing;
  if (fonts.encoding) return { encoding: fonts.encoding, confidence: 1, keepLine };

  const scores = score(legacyLines);
  const best: Candidate = scores.vni.score > scores.tcvn3.score ? 'vni' : 'tcvn3';
  const legacy = scores[best];
  const margin = legacy.score - scores.unicode.score;
  const share = legacy.decided ? legacy.valid / legacy.decided : 0;
  if (legacy.strong >= 1 && margin >= MIN_MARGIN && share >= MIN_VALID_SHARE) {
    return { encoding: best, confidence: confidenceOf(share, margin), keepLine };
  }
  if (keepLine !== keepNothing || legacy.decided === 0) return { encoding: 'unicode', confidence: 1, keepLine: keepNothing };
  const unicodeShare = scores.unicode.decided ? scores.unicode.valid / scores.unicode.decided : 0;
  const confidence = margin <= 0 ? 0.9 + 0.09 * unicodeShare : 0.6;
  return { encoding: 'unicode', confidence: round(confidence), keepLine: keepNothing };
}

/**
 * Which encoding `text` is in. A font name decides when there is one (`.Vn*` → TCVN3, `VNI-*` → VNI),
 * unless the text holds Unicode-only letters; otherwise the text is read as Unicode, TCVN3 and VNI and the
 * reading with clearly more well-formed Vietnamese syllables wins, Unicode on a tie. Plain ASCII is
 * Unicode (or VIQR when it is full of VIQR-marked syllables); text without letters is 'unknown'.
 */
export function detectEncoding(text: string, hints: EncodingHints = {}): EncodingDetection {
  const { encoding, confidence } = detectEncodingByLine(text, hints);
  return { encoding, confidence };
}

/**
 * For the editor's paste handler: `{encoding, confidence}` when the text looks like TCVN3 or VNI (offer a
 * conversion with a preview), null otherwise.
 */
export function looksLikeLegacy(text: string, hints: EncodingHints = {}): { encoding: 'tcvn3' | 'vni'; confidence: number } | null {
  const { encoding, confidence } = detectEncoding(text, hints);
  return encoding === 'tcvn3' || encoding === 'vni' ? { encoding, confidence } : null;
}
