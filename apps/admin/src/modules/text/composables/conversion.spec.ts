import { describe, expect, it } from 'vitest';
import { changedLines, outcomeOf, parseFonts, previewOf } from './conversion';

describe('text conversion page helpers', () => {
  it('should split the font hint on commas and semicolons and drop blanks and repeats', () => {
    expect(parseFonts(' .VnTime, .VnTimeH; VNI-Times ,, .VnTime ')).toEqual(['.VnTime', '.VnTimeH', 'VNI-Times']);
    expect(parseFonts('   ')).toEqual([]);
  });

  it('should report a detected conversion with its confidence as a percentage', () => {
    expect(outcomeOf({ text: 'x', detected: 'tcvn3', confidence: 0.934 }, 'auto')).toEqual({ kind: 'converted', encoding: 'tcvn3', auto: true, percent: 93 });
    expect(outcomeOf({ text: 'x', detected: 'vni', confidence: 1 }, 'vni')).toEqual({ kind: 'converted', encoding: 'vni', auto: false, percent: 100 });
  });

  it('should suggest choosing VIQR when the text only looks like VIQR', () => {
    expect(outcomeOf({ text: 'Vie^.t', detected: 'viqr', confidence: 0.8 }, 'auto')).toEqual({ kind: 'viqrHint' });
    expect(outcomeOf({ text: 'Việt', detected: 'viqr', confidence: 1 }, 'viqr')).toMatchObject({ kind: 'converted', encoding: 'viqr' });
  });

  it('should say there was nothing to convert when the text is Unicode or has no letters', () => {
    expect(outcomeOf({ text: 'Việt', detected: 'unicode', confidence: 1 }, 'auto')).toEqual({ kind: 'unicode' });
    expect(outcomeOf({ text: '123', detected: 'unknown', confidence: 0 }, 'auto')).toEqual({ kind: 'unknown' });
  });

  it('should cut long previews without splitting a surrogate pair', () => {
    expect(previewOf('abc', 5)).toEqual({ text: 'abc', truncated: false });
    expect(previewOf('abcdef', 3)).toEqual({ text: 'abc', truncated: true });
    expect(previewOf('ab😀cd', 3)).toEqual({ text: 'ab', truncated: true });
  });

  it('should list the lines a conversion changed', () => {
    expect([...changedLines('Hµ Néi\nabc\nViÖt', 'Hà Nội\nabc\nViệt')]).toEqual([1, 3]);
  });
});
