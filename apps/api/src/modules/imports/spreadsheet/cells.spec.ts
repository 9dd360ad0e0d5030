import { cellBoolean, cellChoice, cellDate, cellLines, cellText, foldKey, textToHtml } from './cells';

describe('spreadsheet cells', () => {
  describe('cellDate', () => {
    it.each([
      ['05/03/2024', '2024-03-05'],
      ['5/3/2024', '2024-03-05'],
      ['05-03-2024', '2024-03-05'],
      ['05.03.2024', '2024-03-05'],
      ['2024-03-05', '2024-03-05'],
      ['2024-03-05T00:00:00.000Z', '2024-03-05'],
      ['Hà Nội, ngày 05 tháng 3 năm 2024', '2024-03-05'],
    ])('should read %s as %s', (text, day) => {
      expect(cellDate(text)).toEqual({ value: day });
    });

    it('should read a workbook date cell as the day it shows, whatever the server zone', () => {
      // exceljs returns a date cell as that day's midnight UTC; in Hà Nội that is 07:00 the same day.
      expect(cellDate(new Date(Date.UTC(2024, 0, 31)))).toEqual({ value: '2024-01-31' });
    });

    it('should read an Excel serial number (a date cell formatted as a number)', () => {
      expect(cellDate(45292)).toEqual({ value: '2024-01-01' });
    });

    it('should take an empty cell as no date', () => {
      expect(cellDate(null)).toEqual({ value: null });
    });

    it.each(['31/02/2024', '2024/13/01', 'hôm qua', '12/2024', '01/01/1800'])('should refuse %s with a message saying how to write a date', (text) => {
      const read = cellDate(text);
      expect(read).toEqual({ problem: expect.objectContaining({ code: 'invalidDate', vi: expect.stringContaining('ngày/tháng/năm') }) });
    });

    it('should read dd/mm, not mm/dd', () => {
      expect(cellDate('02/11/2024')).toEqual({ value: '2024-11-02' });
    });
  });

  describe('cellChoice', () => {
    const choices = [
      { code: 'quyet-dinh', names: ['Quyết định', 'Decision', 'QĐ'] },
      { code: 'cong-van', names: ['Công văn', 'Official letter'] },
    ];

    it.each(['Quyết định', 'quyet dinh', 'QUYẾT ĐỊNH', 'QD', 'qđ', 'quyet-dinh', 'Decision'])('should find the decision by %s', (text) => {
      expect(cellChoice(text, choices)).toEqual({ value: 'quyet-dinh' });
    });

    it('should name the choices when the cell holds none of them', () => {
      const read = cellChoice('Nghị quyết', choices);
      expect(read).toEqual({ problem: expect.objectContaining({ code: 'unknownValue', vi: expect.stringContaining('Quyết định, Công văn') }) });
    });

    it('should take an empty cell as no choice', () => {
      expect(cellChoice(null, choices)).toEqual({ value: null });
    });
  });

  it('should write whole numbers without decimals and keep text NFC', () => {
    expect(cellText(135)).toEqual({ value: '135' });
    expect(cellText('  Quye\u0302\u0301t đi\u0323nh ')).toEqual({ value: 'Quyết định' });
  });

  it('should refuse control characters as a save would', () => {
    expect(cellText('a\u0007b')).toEqual({ problem: expect.objectContaining({ code: 'noControlChars' }) });
  });

  it('should read yes and no the ways registers write them', () => {
    expect(cellBoolean('x')).toEqual({ value: true });
    expect(cellBoolean('Có')).toEqual({ value: true });
    expect(cellBoolean(null)).toEqual({ value: false });
    expect(cellBoolean('không')).toEqual({ value: false });
    expect(cellBoolean('có lẽ')).toEqual({ problem: expect.objectContaining({ code: 'invalidBoolean' }) });
  });

  it('should fold headers with or without marks and punctuation alike', () => {
    expect(foldKey('Số, ký hiệu')).toBe(foldKey('So ky hieu'));
    expect(foldKey('Ngày  ban hành')).toBe('ngay ban hanh');
  });

  it('should split list lines and drop their bullets', () => {
    expect(cellLines('- Tờ khai\n+ Giấy chứng sinh\n\n1. Bản sao')).toEqual(['Tờ khai', 'Giấy chứng sinh', 'Bản sao']);
  });

  it('should make paragraphs of plain text, escaping markup', () => {
    expect(textToHtml('Bước 1: nộp <hồ sơ>\nBước 2')).toBe('<p>Bước 1: nộp &lt;hồ sơ&gt;</p><p>Bước 2</p>');
  });
});
