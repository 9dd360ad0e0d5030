import { lazy, letterParts } from './letters';

/**
 * A Vietnamese syllable is (initial consonant) + rhyme + one tone. The rhymes below are written without
 * tone; a rhyme ending in c, ch, p or t takes only sắc or nặng.
 */
const RHYMES = [
  // a, ă, â
  'a ai ao au ay am an ang anh ac ach ap at',
  'ăm ăn ăng ăc ăp ăt',
  'âm ân âng âc âp ât âu ây',
  // e, ê
  'e eo em en eng ec ep et',
  'ê êu êm ên ênh êch êp êt',
  // i, iê, y, yê
  'i ia iu im in inh ich ip it iêm iên iêng iêc iêp iêt iêu',
  'y yêm yên yêt yêu',
  // o, oo, medial o
  'o oi om on ong oc op ot oong ooc',
  'oa oai oay oao oam oan oang oanh oac oach oap oat oăm oăn oăng oăc oăt oe oeo oen oet',
  // ô, ơ
  'ô ôi ôm ôn ông ôc ôp ôt',
  'ơ ơi ơm ơn ơp ơt',
  // u, uô, medial u
  'u ua ui um un ung uc up ut uôi uôm uôn uông uôc uôt',
  'uy uya uyu uych uyn uynh uyt uyên uyêt uân uâng uât uây uê uêch uênh uơ',
  // ư, ươ
  'ư ưa ưi ưu ưm ưn ưng ưc ưt ươi ươu ươm ươn ương ươc ươp ươt',
];

/** Initial consonants, longest first so "ngh" is tried before "ng" and "n". */
const INITIALS = [
  'ngh',
  'ng',
  'nh',
  'ch',
  'gh',
  'gi',
  'kh',
  'ph',
  'th',
  'tr',
  'qu',
  'b',
  'c',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'x',
  '',
];

const rhymes = lazy(() => new Set(RHYMES.join(' ').split(' ')));

const FRONT = /^[eêiy]/;

/** Spelling rules between the initial and the rhyme (c/k, g/gh, ng/ngh, qu). */
function spellingAllows(initial: string, rhyme: string): boolean {
  switch (initial) {
    case 'c':
    case 'ng':
      return !FRONT.test(rhyme);
    case 'k':
      return FRONT.test(rhyme);
    case 'gh':
    case 'ngh':
      return /^[eêi]/.test(rhyme);
    case 'g':
      return !/^[eê]/.test(rhyme);
    case 'qu':
      return !/^[uo]/.test(rhyme);
    case '':
      return true;
    default:
      // "yê" starts a syllable only with no initial (yên) or after the medial u (khuyên).
      return !rhyme.startsWith('yê');
  }
}

const STOP_FINAL = /(c|ch|p|t)$/;

/**
 * True when `word` (any case, NFC or not) is one well-formed Vietnamese syllable: "Việt", "nghiêng",
 * "quốc", "gì", "khuỷu". Both tone placements are accepted ("hoà", "hòa"). Loan spellings outside the
 * native system ("pin" is accepted, "f", "z", "w", "j" are not) are refused.
 */
export function isVietnameseSyllable(word: string): boolean {
  const text = word.normalize('NFC').toLowerCase();
  if (!text) return false;
  let base = '';
  let tone = 0;
  for (const ch of text) {
    const parts = letterParts(ch);
    if (parts) {
      if (parts.tone !== 0) {
        if (tone !== 0) return false;
        tone = parts.tone;
      }
      base += parts.base;
    } else if (/^[a-z]$/.test(ch)) {
      base += ch;
    } else {
      return false;
    }
  }
  for (const initial of INITIALS) {
    if (!base.startsWith(initial)) continue;
    const rhyme = base.slice(initial.length);
    if (rhyme === '') {
      // "gi", "gì": the i of gi is the vowel.
      if (initial === 'gi') return true;
      continue;
    }
    if (!rhymes().has(rhyme) || !spellingAllows(initial, rhyme)) continue;
    if (STOP_FINAL.test(rhyme) && tone !== 1 && tone !== 5) continue;
    return true;
  }
  return false;
}
