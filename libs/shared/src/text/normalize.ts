/** Control characters other than tab (U+0009) and line feed (U+000A); CR is allowed only before LF. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\r(?!\n)/;

/** True when the text holds a control character other than tab, newline or CRLF. */
export function hasForbiddenControlChars(text: string): boolean {
  return FORBIDDEN_CONTROL.test(text);
}

/** Unicode NFC (TCVN 6909:2001 requires precomposed text); CRLF becomes LF. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\r\n/g, '\n');
}

/**
 * Fold a Vietnamese text to a search key: lower case, no tone or vowel marks, đ → d.
 * Combining-mark removal alone leaves đ/Đ untouched, so they are folded explicitly.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .normalize('NFC');
}

/** "Hội nghị tổng kết" → "hoi-nghi-tong-ket". */
export function slugify(text: string, maxLength = 120): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
}

/** Emails compare case-insensitively: store them trimmed, NFC and lower case. */
export function normalizeEmail(email: string): string {
  return normalizeText(email).trim().toLowerCase();
}
