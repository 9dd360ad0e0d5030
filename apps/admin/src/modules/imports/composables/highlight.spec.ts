import { describe, expect, it } from 'vitest';
import { containsSample, highlightConverted, sampleNeedle } from './highlight';

describe('sampleNeedle and containsSample', () => {
  it('should match a paragraph holding the sample whatever its spacing and normal form', () => {
    expect(containsSample('Ủy ban  nhân dân\nxã Ân Hảo Đông thông báo', ['Ủy ban nhân dân xã Ân Hảo Đông'])).toBe(true);
    // Decomposed (NFD) text in the document still matches the API's NFC sample.
    expect(containsSample('Tiếng Việt'.normalize('NFD'), ['Tiếng Việt'])).toBe(true);
    expect(containsSample('Một đoạn khác hẳn', ['Ủy ban nhân dân'])).toBe(false);
  });

  it('should drop the ellipsis the API adds to a long sample when matching', () => {
    expect(sampleNeedle('Sáng 29/11, UBND xã tổ chức …')).toBe('Sáng 29/11, UBND xã tổ chức');
    expect(containsSample('Sáng 29/11, UBND xã tổ chức ra quân làm đường.', ['Sáng 29/11, UBND xã tổ chức…'])).toBe(true);
  });

  it('should match nothing with empty or one-letter samples', () => {
    expect(containsSample('a b c', ['', 'a'])).toBe(false);
  });
});

describe('highlightConverted', () => {
  const body = [
    '<h2>THÔNG BÁO</h2>',
    '<p>Ủy ban nhân dân xã thông báo lịch tiếp công dân.</p>',
    '<p>Đoạn này vốn là Unicode.</p>',
    '<table><tbody><tr><td><p>Người dân đến Bộ phận Một cửa.</p></td><td>Khác</td></tr></tbody></table>',
  ].join('');

  it('should mark each paragraph holding a converted sample and leave the others alone', () => {
    const { html, marked } = highlightConverted(body, ['Ủy ban nhân dân xã thông báo lịch tiếp công dân.', 'THÔNG BÁO']);
    expect(marked).toBe(2);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect([...doc.querySelectorAll('.import-converted')].map((el) => el.tagName)).toEqual(['H2', 'P']);
    expect(doc.querySelectorAll('p')[1]!.classList.contains('import-converted')).toBe(false);
  });

  it('should mark the paragraph inside a table cell, not the cell around it', () => {
    const { html, marked } = highlightConverted(body, ['Người dân đến Bộ phận Một cửa.']);
    expect(marked).toBe(1);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const hit = doc.querySelector('.import-converted')!;
    expect(hit.tagName).toBe('P');
    expect(hit.parentElement!.tagName).toBe('TD');
  });

  it('should return the body unchanged when nothing was converted or nothing matches', () => {
    expect(highlightConverted(body, [])).toEqual({ html: body, marked: 0 });
    expect(highlightConverted(body, ['Không có trong bài'])).toEqual({ html: body, marked: 0 });
  });
});
