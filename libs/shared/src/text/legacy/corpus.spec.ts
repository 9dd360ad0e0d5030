import { convertLegacyText, convertToUnicode } from './convert';
import { ENGLISH_PARAGRAPHS, UNICODE_PARAGRAPHS, vietnameseCorpus } from './corpus';
import { detectEncoding } from './detect';
import { allVietnameseLetters, letterParts } from './letters';
import { encodeTcvn3, encodeTcvn3Runs } from './tcvn3';
import { encodeVni } from './vni';

const corpus = vietnameseCorpus(1200);

/** Toned capitals are the only letters whose case TCVN3 does not record without the font. */
function caseRecoverable(ch: string): boolean {
  const parts = letterParts(ch);
  return !(parts && parts.upper && parts.tone > 0);
}

const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(2)}% (${n}/${of})`;

describe('legacy conversion over a generated corpus', () => {
  it('should hold at least 1,000 distinct sentences covering every vowel, tone and case', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(corpus).size).toBe(corpus.length);
    const text = corpus.join('\n');
    const missing = allVietnameseLetters().filter((letter) => !text.includes(letter));
    expect(missing).toEqual([]);
    // Each letter appears outside the drill lines too, or at least several times.
    for (const letter of ['ă', 'Ă', 'â', 'Â', 'đ', 'Đ', 'ê', 'Ê', 'ô', 'Ô', 'ơ', 'Ơ', 'ư', 'Ư']) {
      expect(text.split(letter).length - 1).toBeGreaterThan(5);
    }
  });

  it('should round-trip every sentence exactly through VNI when converting from vni', () => {
    const wrong = corpus.filter((s) => convertToUnicode(encodeVni(s), 'vni') !== s);
    expect(wrong).toEqual([]);
  });

  it('should round-trip every sentence exactly through TCVN3 when each run carries its font', () => {
    const wrong = corpus.filter((s) => {
      const runs = encodeTcvn3Runs(s);
      const back = runs.map((run) => convertToUnicode(run.text, 'tcvn3', { fonts: [run.font] })).join('');
      return back !== s;
    });
    expect(wrong).toEqual([]);
  });

  it('should get every letter right and the case wherever TCVN3 records it when the fonts are unknown', () => {
    let tonedCapitals = 0;
    let recovered = 0;
    const wrong: string[] = [];
    for (const sentence of corpus) {
      const back = [...convertToUnicode(encodeTcvn3(sentence), 'tcvn3')];
      const original = [...sentence];
      const ok =
        back.length === original.length &&
        original.every((ch, i) => ch.toLowerCase() === back[i]!.toLowerCase() && (!caseRecoverable(ch) ? true : ch === back[i]));
      if (!ok) wrong.push(sentence);
      original.forEach((ch, i) => {
        if (caseRecoverable(ch)) return;
        tonedCapitals++;
        if (back[i] === ch) recovered++;
      });
    }
    expect(wrong).toEqual([]);
    console.log(`TCVN3 without fonts: toned capitals recovered from context ${percent(recovered, tonedCapitals)}`);
  });

  it('should detect the encoding of at least 99% of the corpus in TCVN3, VNI and Unicode', () => {
    const misses: string[] = [];
    let right = 0;
    let total = 0;
    const per: Record<string, number> = { tcvn3: 0, vni: 0, unicode: 0 };
    for (const sentence of corpus) {
      for (const [expected, text] of [
        ['tcvn3', encodeTcvn3(sentence)],
        ['vni', encodeVni(sentence)],
        ['unicode', sentence],
      ] as const) {
        total++;
        const got = detectEncoding(text).encoding;
        if (got === expected) {
          right++;
          per[expected]!++;
        } else misses.push(`${expected} → ${got}: ${text}`);
      }
    }
    console.log(
      [
        `Auto-detection accuracy: ${percent(right, total)}`,
        `  TCVN3 ${percent(per.tcvn3!, corpus.length)}, VNI ${percent(per.vni!, corpus.length)}, Unicode ${percent(per.unicode!, corpus.length)}`,
        ...misses.slice(0, 20).map((m) => `  missed: ${m}`),
      ].join('\n'),
    );
    expect(right / total).toBeGreaterThanOrEqual(0.99);
  });

  it('should convert the detected legacy text back to the sentence when converting automatically', () => {
    let exact = 0;
    for (const sentence of corpus) {
      if (convertToUnicode(encodeVni(sentence)) === sentence) exact++;
    }
    console.log(`Automatic VNI conversion exact: ${percent(exact, corpus.length)}`);
    expect(exact / corpus.length).toBeGreaterThanOrEqual(0.99);
  });

  it('should leave every Unicode and English input unchanged when converting automatically', () => {
    const inputs = [...corpus, ...UNICODE_PARAGRAPHS, ...ENGLISH_PARAGRAPHS];
    const changed = inputs.filter((text) => convertToUnicode(text) !== text);
    const flagged = inputs
      .map((text) => ({ text, result: convertLegacyText(text) }))
      .filter(({ result }) => result.detected === 'tcvn3' || result.detected === 'vni' || result.detected === 'viqr');
    console.log(`Unicode/English inputs wrongly converted: ${changed.length} of ${inputs.length}`);
    expect(changed).toEqual([]);
    expect(flagged.map((f) => `${f.result.detected}: ${f.text}`)).toEqual([]);
  });
});
