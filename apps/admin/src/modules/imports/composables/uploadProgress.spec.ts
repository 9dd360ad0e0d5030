import { describe, expect, it } from 'vitest';
import { DOCX_IMPORT_MAX_BYTES, TXT_IMPORT_MAX_BYTES } from '@congxa/shared/dto/imports';
import { parseResponseBody, progressPercent } from '../../../core/http';
import { checkFile, importFormatOf } from './uploadProgress';

describe('progressPercent', () => {
  it('should give whole percents of the bytes sent when the browser knows the length', () => {
    expect(progressPercent({ lengthComputable: true, loaded: 0, total: 2000 })).toBe(0);
    expect(progressPercent({ lengthComputable: true, loaded: 999, total: 2000 })).toBe(49);
    expect(progressPercent({ lengthComputable: true, loaded: 1500, total: 2000 })).toBe(75);
  });

  it('should not show 100% until the last byte is sent when almost all is sent', () => {
    expect(progressPercent({ lengthComputable: true, loaded: 1999, total: 2000 })).toBe(99);
    expect(progressPercent({ lengthComputable: true, loaded: 2000, total: 2000 })).toBe(100);
    expect(progressPercent({ lengthComputable: true, loaded: 2100, total: 2000 })).toBe(100);
  });

  it('should say "unknown" (null) when the length is not computable or is zero', () => {
    expect(progressPercent({ lengthComputable: false, loaded: 500, total: 0 })).toBeNull();
    expect(progressPercent({ lengthComputable: true, loaded: 0, total: 0 })).toBeNull();
    expect(progressPercent({ lengthComputable: true, loaded: Number.NaN, total: 10 })).toBeNull();
  });
});

describe('importFormatOf and checkFile', () => {
  it('should send .txt to the plain-text import and everything else to the Word import', () => {
    expect(importFormatOf('Thong bao.TXT')).toBe('txt');
    expect(importFormatOf('Báo cáo.docx')).toBe('docx');
    // The Word import names the problem with these (old .doc, macros, not a .docx).
    expect(importFormatOf('cu.doc')).toBe('docx');
    expect(importFormatOf('macro.docm')).toBe('docx');
    expect(importFormatOf('scan.pdf')).toBe('docx');
  });

  it('should refuse before sending when no file, an empty file or a file over its limit is chosen', () => {
    expect(checkFile(null)).toEqual({ kind: 'missing' });
    expect(checkFile({ name: 'a.docx', size: 0 })).toEqual({ kind: 'empty' });
    expect(checkFile({ name: 'a.docx', size: DOCX_IMPORT_MAX_BYTES + 1 })).toEqual({ kind: 'tooLarge', maxBytes: DOCX_IMPORT_MAX_BYTES });
    expect(checkFile({ name: 'a.txt', size: TXT_IMPORT_MAX_BYTES + 1 })).toEqual({ kind: 'tooLarge', maxBytes: TXT_IMPORT_MAX_BYTES });
    expect(checkFile({ name: 'a.docx', size: DOCX_IMPORT_MAX_BYTES })).toBeNull();
    expect(checkFile({ name: 'a.txt', size: 1200 })).toBeNull();
  });
});

describe('parseResponseBody', () => {
  it('should read a JSON answer and ignore one that is not JSON', () => {
    expect(parseResponseBody('application/json; charset=utf-8', '{"code":"NOT_A_DOCX","message":"x"}')).toEqual({ code: 'NOT_A_DOCX', message: 'x' });
    expect(parseResponseBody('text/html', '<html>502</html>')).toBeUndefined();
    expect(parseResponseBody('application/json', '{broken')).toBeUndefined();
    expect(parseResponseBody(null, '')).toBeUndefined();
  });
});
