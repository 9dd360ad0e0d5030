import { describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeVni } from '@congxa/shared/text';
import { clipPreview, decidePaste } from './pasteDecision';

const NOTICE = 'Ủy ban nhân dân xã Ân Hảo Đông thông báo lịch tiếp công dân tháng Mười hai.';

describe('decidePaste', () => {
  it('should offer the conversion with the Unicode text when TCVN3 text is pasted', () => {
    const legacy = encodeTcvn3(NOTICE);
    const decision = decidePaste(legacy);
    expect(decision).toMatchObject({ kind: 'offer', encoding: 'tcvn3', before: legacy, after: NOTICE });
    expect(decision.kind === 'offer' && decision.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('should offer the conversion when VNI text is pasted', () => {
    const legacy = encodeVni('Tiếng Việt là ngôn ngữ chính thức.');
    expect(decidePaste(legacy)).toMatchObject({ kind: 'offer', encoding: 'vni', after: 'Tiếng Việt là ngôn ngữ chính thức.' });
  });

  it('should let Unicode Vietnamese, English, numbers and empty pastes through with no question', () => {
    for (const text of [NOTICE, 'Đà Nẵng, ngày 29 tháng 11 năm 2025', 'Crème brûlée at the café, naïve résumé', 'Số 12/QĐ-UBND', '2025', '   ', '']) {
      expect(decidePaste(text)).toEqual({ kind: 'pass' });
    }
  });

  it('should convert only the legacy lines of a paste that mixes them with Unicode lines', () => {
    const mixed = `${NOTICE}\n${encodeTcvn3('Người dân đến Bộ phận Một cửa vào sáng thứ Hai.')}`;
    expect(decidePaste(mixed)).toMatchObject({ kind: 'offer', after: `${NOTICE}\nNgười dân đến Bộ phận Một cửa vào sáng thứ Hai.` });
  });

  it('should let a weak guess through when it is under the confidence asked for', () => {
    const oneWord = encodeTcvn3('bé');
    expect(decidePaste(oneWord, 0.5).kind).toBe('offer');
    expect(decidePaste(oneWord, 0.95)).toEqual({ kind: 'pass' });
  });
});

describe('clipPreview', () => {
  it('should cut long text on whole characters and say so', () => {
    expect(clipPreview('Tiếng Việt', 100)).toEqual({ text: 'Tiếng Việt', truncated: false });
    expect(clipPreview('Tiếng Việt', 5)).toEqual({ text: 'Tiếng…', truncated: true });
  });
});
