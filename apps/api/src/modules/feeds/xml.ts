/**
 * Characters XML 1.0 cannot carry even as references: C0 controls other than tab, line feed and carriage
 * return, lone UTF-16 surrogates, U+FFFE and U+FFFF. Input validation refuses most of them; older or
 * imported text may still hold one, and a single one makes a whole feed unreadable.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Plain text as XML character data or an attribute value: markup characters escaped, characters XML cannot hold dropped. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** An RFC 822 date as RSS 2.0 wants it (four-digit year, GMT): `Tue, 01 Dec 2026 01:30:00 GMT`. */
export function rfc822(date: Date): string {
  return date.toUTCString();
}
