/**
 * Link addresses the editor accepts, written exactly as the server's sanitiser writes them back
 * (`safeLinkHref` in apps/api/src/modules/publishing/content/sanitize-html.ts): http(s), mailto, a
 * site-relative path (`/…`, never `//…` or `/\…`) or a fragment (`#…`), re-serialised by the WHATWG URL
 * parser. An address kept in the document in that form survives the sanitiser unchanged.
 */
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const SCRIPT_SCHEME = /(^|[^a-z0-9+.-])(javascript|vbscript|livescript|data):/i;
// eslint-disable-next-line no-control-regex
const IGNORED_IN_URL = /[\u0000-\u0020\u007f]+/g;
const BASE = 'https://congxa.invalid/';

/** The canonical href for a link, or null when the server would drop it. */
export function safeHref(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const value = raw.trim();
  if (value === '' || SCRIPT_SCHEME.test(value.replace(IGNORED_IN_URL, ''))) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  const base = new URL(BASE);
  if (url.origin === base.origin && url.protocol === base.protocol) {
    if (value.startsWith('#')) return url.hash || null;
    if (value.startsWith('/') && !/^[/\\]{2}/.test(value)) return url.pathname + url.search + url.hash;
    return null;
  }
  if (!LINK_SCHEMES.has(url.protocol)) return null;
  if (!value.toLowerCase().startsWith(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && url.hostname === '') return null;
  if (SCRIPT_SCHEME.test(url.href)) return null;
  return url.href;
}

/**
 * What a person typed in the link dialog, as the href to store, or null with the reason shown to them.
 * "www.xa.gov.vn" and "xa.gov.vn/tin" get https:// in front; an e-mail address gets mailto:.
 */
export function linkFromInput(input: string): string | null {
  const value = input.trim();
  if (!value) return null;
  if (/^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/.test(value)) return safeHref(`mailto:${value}`);
  if (/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}([/?#]\S*)?$/i.test(value) && !/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    return safeHref(`https://${value}`);
  }
  return safeHref(value);
}
