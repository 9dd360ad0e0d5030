import { htmlToText } from './html-tree';

/**
 * Classification guard (product.md §3, issue 3): find secrecy stamps and citizen ID numbers in what
 * an article would publish. A hit blocks submit and approve unless the chief overrides it.
 *
 * Secrecy stamps. A state-secret document carries its level — MẬT, TỐI MẬT, TUYỆT MẬT — as a stamp:
 * upper case, standing alone (its own line, paragraph, table cell or box). We report:
 *  1. a line that, once box decoration (dashes, pipes, brackets, box-drawing, stars, quotes) and the
 *     spaces or dots between letters are removed, is exactly a level in upper case, optionally behind
 *     a label: "MẬT", "T Ố I  M Ậ T", "| TUYỆT MẬT |", "ĐỘ MẬT: MẬT", "TÀI LIỆU MẬT", "VĂN BẢN TỐI MẬT";
 *  2. the label form in any case: "Độ mật: Tối mật" (a form field, never ordinary prose);
 *  3. an upper-case level in brackets inside a line: "Công văn số 12 (MẬT) ngày…".
 * Ordinary words are never a whole upper-case line on their own: "mật ong", "bí mật của thành công",
 * "Mật khẩu", "Mật độ dân số", "thân mật", "mật thiết", and an upper-case headline such as
 * "MẬT ONG RỪNG U MINH" or "BÍ MẬT" (the line holds more than the level, or another word).
 *
 * Citizen ID (CCCD, 12 digits). A whole token of 12 digits, written plain or grouped 4-4-4 / 3-3-3-3
 * with one kind of separator (space, dot or hyphen): "001234567890", "0012 3456 7890",
 * "001.234.567.890". Not part of a longer run of digits or digit groups (bank cards, 13-digit tax
 * codes, decimals), and not glued to letters (document codes). To keep ordinary numbers out, the
 * number must look like a CCCD: it starts with a birth-province code 001–096 (the codes run from 001
 * Hà Nội to 096 Cà Mau) followed by the century/sex digit 0–3 (born 1900–2099). When the text right
 * before the number names it ("CCCD", "CMND", "căn cước", "định danh", "chứng minh"), any 12-digit
 * number is reported. Ten- and eleven-digit phone numbers never match.
 *
 * Everything works on text a reader sees: the body's tags are stripped, entities decoded, the text
 * NFC, one line per block. `index` is the offset of `match` in that text of the field (title, summary
 * and attachment text are used as given, NFC).
 */
export interface ClassificationHit {
  kind: 'secrecy_stamp' | 'citizen_id';
  field: 'title' | 'summary' | 'body' | 'attachment';
  /** The attachment's name, for `field: 'attachment'`. */
  attachment?: string;
  /** About 40 characters around the hit, on one line, with "…" where the text goes on. */
  excerpt: string;
  /** Offset of `match` in the field's text (for the body: its extracted text). */
  index: number;
  match: string;
}

export interface ClassificationInput {
  title: string;
  summary?: string;
  bodyHtml: string;
  attachments?: { name: string; text: string }[];
}

const LEVEL = '(?:TỐI\\s*MẬT|TUYỆT\\s*MẬT|MẬT)';
/** A whole line once decoration and letter spacing are gone (upper case, see rule 1). */
const STAMP_LINE = new RegExp(`^(?:(?:MỨC)?ĐỘMẬT:?|TÀILIỆU|VĂNBẢN|HỒSƠ)?(?:TỐIMẬT|TUYỆTMẬT|MẬT)$`, 'u');
/** Rule 2: "Độ mật: Mật" in any case. */
const LABEL_LINE = /^(?:mức\s+)?độ\s+mật\s*[:：]\s*(?:tối\s+mật|tuyệt\s+mật|mật)$/iu;
/** Rule 3: "(MẬT)", "[TỐI MẬT]", "«MẬT»", "| MẬT |" inside a line. */
const BRACKETED = new RegExp(`[[(«|]\\s*${LEVEL}\\s*[\\])»|]`, 'gu');
/** Box decoration around a stamp. */
const DECORATION = /^[\s\p{P}\p{S}\u2500-\u257F]+|[\s\p{P}\p{S}\u2500-\u257F]+$/gu;
/** What may separate the letters of a spaced-out stamp: "M Ậ T", "M.Ậ.T". */
const LETTER_GAPS = /[\s.·•\-_]+/gu;

/** 12 digits plain or grouped 4-4-4 / 3-3-3-3 with one separator, as a whole token. */
const CCCD = /(?<![\p{L}\p{N}])(?<!\d[ .-])(?:\d{12}|\d{4}([ .-])\d{4}\1\d{4}|\d{3}([ .-])\d{3}\2\d{3}\2\d{3})(?![\p{L}\p{N}])(?![ .-]\d)/gu;
const ID_CONTEXT = /(?:cccd|cmnd|căn\s+cước|định\s+danh|chứng\s+minh)[^\n\d]{0,30}$/iu;

const EXCERPT_SIDE = 20;

/** About 40 characters around the hit, cut at word boundaries, on one line. */
function excerpt(text: string, index: number, length: number): string {
  let start = Math.max(0, index - EXCERPT_SIDE);
  let end = Math.min(text.length, index + length + EXCERPT_SIDE);
  // Do not start or end in the middle of a word.
  while (start > 0 && start < index && !/\s/.test(text[start - 1])) start++;
  while (end < text.length && end > index + length && !/\s/.test(text[end])) end--;
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return (start > 0 ? '…' : '') + body + (end < text.length ? '…' : '');
}

type Located = { kind: ClassificationHit['kind']; index: number; match: string };

function isUpperCase(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

function findStamps(text: string): Located[] {
  const hits: Located[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const core = line.replace(DECORATION, '');
    const coreIndex = offset + line.indexOf(core);
    if (core !== '') {
      const compact = core.replace(LETTER_GAPS, '');
      if ((isUpperCase(core) && STAMP_LINE.test(compact)) || LABEL_LINE.test(core)) {
        hits.push({ kind: 'secrecy_stamp', index: coreIndex, match: core });
      } else {
        for (const m of line.matchAll(BRACKETED)) {
          hits.push({ kind: 'secrecy_stamp', index: offset + m.index, match: m[0] });
        }
      }
    }
    offset += line.length + 1;
  }
  return hits;
}

function looksLikeCitizenId(digits: string): boolean {
  const province = Number(digits.slice(0, 3));
  return province >= 1 && province <= 96 && digits[3] >= '0' && digits[3] <= '3';
}

function findCitizenIds(text: string): Located[] {
  const hits: Located[] = [];
  for (const m of text.matchAll(CCCD)) {
    const digits = m[0].replace(/\D/g, '');
    const named = ID_CONTEXT.test(text.slice(Math.max(0, m.index - 40), m.index));
    if (named || looksLikeCitizenId(digits)) hits.push({ kind: 'citizen_id', index: m.index, match: m[0] });
  }
  return hits;
}

function scanField(text: string, field: ClassificationHit['field'], attachment?: string): ClassificationHit[] {
  return [...findStamps(text), ...findCitizenIds(text)]
    .sort((a, b) => a.index - b.index)
    .map((hit) => ({
      kind: hit.kind,
      field,
      ...(attachment !== undefined ? { attachment } : {}),
      excerpt: excerpt(text, hit.index, hit.match.length),
      index: hit.index,
      match: hit.match,
    }));
}

/** Every secrecy stamp and citizen ID in the title, summary, body and text attachments, in that order. */
export function scanClassification(input: ClassificationInput): ClassificationHit[] {
  const plain = (text: string) => text.normalize('NFC').replace(/\r\n?/g, '\n');
  const hits = [
    ...scanField(plain(input.title), 'title'),
    ...(input.summary ? scanField(plain(input.summary), 'summary') : []),
    ...scanField(htmlToText(input.bodyHtml), 'body'),
  ];
  for (const file of input.attachments ?? []) {
    hits.push(...scanField(plain(file.text), 'attachment', file.name));
  }
  return hits;
}
