import { encodeTcvn3, encodeVni } from '@congxa/shared/text';
import { AppException } from '../../../common/errors/app-exception';
import { decodeTextFile } from './decode-text';
import { textToArticle } from './text-article';
import { decodeWindows1258, encodeWindows1258 } from './windows-1258';

const TEXT = 'Thông báo lịch tiếp công dân\nỦy ban nhân dân xã Ân Hảo Đông tiếp công dân vào thứ Hai hằng tuần.\nNgười dân cần mang theo căn cước.';
const latin1 = (s: string) => Buffer.from(s, 'latin1');
/** Legacy text (cp1252 characters) as the bytes a file holds. */
const cp1252Bytes = (s: string) => Buffer.from([...s].map((c) => ({ '\u201c': 0x93, '\u201d': 0x94 })[c] ?? c.charCodeAt(0)));

describe('decodeTextFile', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT, 'utf8'), 'utf-8'],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]), 'utf-8'],
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]), 'utf-16le'],
    ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()]), 'utf-16be'],
    ['UTF-16 LE without a BOM', Buffer.from(TEXT, 'utf16le'), 'utf-16le'],
    ['Windows-1258', encodeWindows1258(TEXT), 'windows-1258'],
    ['TCVN3 bytes', cp1252Bytes(encodeTcvn3(TEXT)), 'tcvn3'],
    ['VNI bytes', cp1252Bytes(encodeVni(TEXT)), 'vni'],
  ])('should read %s as the right Vietnamese', (_name, bytes, encoding) => {
    const decoded = decodeTextFile(bytes);
    expect([decoded.encoding, decoded.text]).toEqual([encoding, TEXT]);
    expect(decoded.converted.length).toBe(encoding === 'tcvn3' || encoding === 'vni' ? 1 : 0);
  });

  it('should convert legacy lines saved as UTF-8 (a .VnTime text pasted into Notepad) and report them', () => {
    const decoded = decodeTextFile(Buffer.from(`Tiêu đề Unicode\n${encodeTcvn3('Người dân cần mang theo căn cước công dân.')}\nEnglish line`, 'utf8'));
    expect(decoded.text).toBe('Tiêu đề Unicode\nNgười dân cần mang theo căn cước công dân.\nEnglish line');
    expect(decoded.converted).toEqual([{ from: 'tcvn3', sample: 'Người dân cần mang theo căn cước công dân.', count: 1 }]);
  });

  it.each([
    ['a PDF', latin1('%PDF-1.4\n%âãÏÓ\n1 0 obj'), 'application/pdf'],
    ['a zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), 'application/zip'],
    ['binary bytes', Buffer.from([1, 2, 3, 0, 0x9c, 0xff, 0, 7, 8]), null],
  ])('should refuse %s with 415 NOT_A_TEXT_FILE', (_name, bytes, detected) => {
    expect(() => decodeTextFile(bytes)).toThrow(expect.objectContaining({ httpStatus: 415, code: 'NOT_A_TEXT_FILE', details: { detected } }));
    expect(() => decodeTextFile(bytes)).toThrow(AppException);
  });
});

describe('Windows-1258', () => {
  it('should compose the combining tone marks into NFC letters', () => {
    // "Tiếng Việt" as Windows writes it: ê + acute (0xEC), ê + dot below (0xF2).
    expect(decodeWindows1258(Buffer.from([0x54, 0x69, 0xea, 0xec, 0x6e, 0x67, 0x20, 0x56, 0x69, 0xea, 0xf2, 0x74]))).toBe('Tiếng Việt');
    expect(decodeWindows1258(Buffer.from([0xd0, 0xf0, 0xc3, 0xe3, 0xd5, 0xf5, 0xdd, 0xfd, 0xfe]))).toBe('ĐđĂăƠơƯư₫');
  });

  it('should round-trip every Vietnamese letter in both cases', () => {
    const letters = 'aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ';
    const all = letters + letters.toUpperCase();
    expect(decodeWindows1258(encodeWindows1258(all))).toBe(all);
  });
});

describe('textToArticle', () => {
  it('should take the first line as the title and make one paragraph per line when there are no blank lines', () => {
    expect(textToArticle('\n  Thông báo  \nDòng một\nDòng <hai> & ba\n')).toEqual({
      title: 'Thông báo',
      body: '<p>Dòng một</p><p>Dòng &lt;hai&gt; &amp; ba</p>',
    });
  });

  it('should make paragraphs of the blocks between blank lines, keeping their line breaks', () => {
    expect(textToArticle('Tiêu đề\n\nĐoạn một\ndòng tiếp\n\n\nĐoạn hai').body).toBe('<p>Đoạn một<br>dòng tiếp</p><p>Đoạn hai</p>');
  });
});
