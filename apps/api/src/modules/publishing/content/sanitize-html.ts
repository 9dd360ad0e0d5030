import sanitizeHtml from 'sanitize-html';

/**
 * Server-side allowlist sanitiser for article bodies (issue 3, "Body HTML safety").
 *
 * Built on `sanitize-html` (htmlparser2 underneath): it rebuilds the document from parse events, so
 * anything it does not emit on purpose cannot reach the output. What we keep:
 * - headings h2–h4 (h1 becomes h2; h5/h6 become h4 so the outline survives a paste from Word),
 *   p, br, strong/b, em/i, u, s, sub, sup, ul/ol/li, blockquote, hr, figure/figcaption,
 *   table/thead/tbody/tr/th/td (colspan/rowspan: small positive integers only);
 * - a: href only when it is http(s), mailto, a site-relative path (`/…`, never `//…` or `/\…`) or a
 *   fragment (`#…`), re-serialised by the WHATWG URL parser (the same one browsers use, so tab/newline
 *   and entity tricks resolve the way a browser would resolve them); `rel="noopener noreferrer"` is
 *   always set; `target` survives only as `_blank`. A link left without an href is unwrapped;
 * - img: only when `src` is one of the site's own media variants (`mediaUrlPattern`); alt, width and
 *   height (digits). Any other image is removed.
 * Everything else goes: the tag is dropped and its text kept, except elements whose content is not
 * article text (script, style, svg, math, template, noscript, iframe, …), which vanish whole. No
 * class, style, id or event-handler attribute survives. The output is NFC.
 */
export interface SanitizeArticleHtmlOptions {
  /** A `src` must match this to keep an image. Default: the public media variant URL. */
  mediaUrlPattern?: RegExp;
}

/** `/api/v1/public/media/<uuid>/<variant>.(webp|jpg)` — the variants the media module serves. */
export const DEFAULT_MEDIA_URL_PATTERN = /^\/api\/v1\/public\/media\/[0-9a-f-]{36}\/[a-z0-9_-]+\.(webp|jpg)$/;

/** Elements that may appear in a sanitised article body, and the attributes each may carry. */
export const ARTICLE_ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  h2: [],
  h3: [],
  h4: [],
  p: [],
  br: [],
  strong: [],
  b: [],
  em: [],
  i: [],
  u: [],
  s: [],
  sub: [],
  sup: [],
  ul: [],
  ol: [],
  li: [],
  a: ['href', 'rel', 'target'],
  img: ['src', 'alt', 'width', 'height'],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ['colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
  figure: [],
  figcaption: [],
  blockquote: [],
  hr: [],
};

export const ARTICLE_ALLOWED_TAGS: readonly string[] = Object.keys(ARTICLE_ALLOWED_ATTRIBUTES);

/**
 * Elements removed together with everything inside them: their content is code, markup for another
 * language, or a fallback that a browser would not show as article text.
 */
const DROP_WITH_CONTENT = [
  'script',
  'style',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'iframe',
  'frame',
  'frameset',
  'object',
  'applet',
  'svg',
  'math',
  'textarea',
  'select',
  'option',
  'xmp',
  'plaintext',
  'title',
  'head',
  'canvas',
  'audio',
  'video',
  'button',
];

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
/**
 * A script scheme anywhere in a link (`mailto:javascript:…`, `https://x/?next=javascript:…`) is refused
 * too: harmless in itself, it is the classic way through an open redirect. "EntityData:" is not one.
 */
const SCRIPT_SCHEME = /(^|[^a-z0-9+.-])(javascript|vbscript|livescript|data):/i;
// eslint-disable-next-line no-control-regex
const IGNORED_IN_URL = /[\u0000-\u0020\u007f]+/g;
/** Resolving a relative URL against this tells a same-site path from one that escapes the site. */
const BASE = new URL('https://congxa.invalid/');
const SPAN = /^[1-9][0-9]{0,2}$/;
const PIXELS = /^[1-9][0-9]{0,4}$/;

/**
 * The href to keep for a link, or `undefined` to drop it. The URL is parsed the way a browser parses
 * it and written back canonically, so what we checked is exactly what the browser will follow.
 */
export function safeLinkHref(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const value = raw.trim();
  if (value === '' || SCRIPT_SCHEME.test(value.replace(IGNORED_IN_URL, ''))) return undefined;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return undefined;
  }
  if (url.origin === BASE.origin && url.protocol === BASE.protocol) {
    // Relative: only an absolute path on this site or a fragment of this page.
    if (value.startsWith('#')) return url.hash || undefined;
    if (value.startsWith('/') && !/^[/\\]{2}/.test(value)) return url.pathname + url.search + url.hash;
    return undefined;
  }
  if (!LINK_SCHEMES.has(url.protocol)) return undefined;
  // The written scheme must be the one the URL parser found (no `javascript:` dressed as a path).
  if (!value.toLowerCase().startsWith(url.protocol)) return undefined;
  if (url.protocol !== 'mailto:' && url.hostname === '') return undefined;
  if (SCRIPT_SCHEME.test(url.href)) return undefined;
  return url.href;
}

function withoutStatefulFlags(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
}

function buildOptions(mediaUrlPattern: RegExp): sanitizeHtml.IOptions {
  const keep = (name: string, attribs: sanitizeHtml.Attributes, allowed: readonly string[]) => {
    const out: sanitizeHtml.Attributes = {};
    for (const key of allowed) if (attribs[key] !== undefined) out[key] = attribs[key];
    return { tagName: name, attribs: out };
  };
  const heading =
    (to: string): sanitizeHtml.Transformer =>
    () => ({ tagName: to, attribs: {} });
  const cell: sanitizeHtml.Transformer = (name, attribs) => {
    const out: sanitizeHtml.Attributes = {};
    for (const key of ['colspan', 'rowspan']) {
      const value = attribs[key]?.trim();
      if (value !== undefined && SPAN.test(value)) out[key] = value;
    }
    return { tagName: name, attribs: out };
  };

  return {
    allowedTags: [...ARTICLE_ALLOWED_TAGS],
    allowedAttributes: Object.fromEntries(Object.entries(ARTICLE_ALLOWED_ATTRIBUTES).map(([k, v]) => [k, [...v]])),
    allowedClasses: {},
    allowedStyles: {},
    allowedSchemes: ['http', 'https', 'mailto'],
    // The image src is checked against mediaUrlPattern; the pattern may name an absolute (CDN) URL.
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'action', 'formaction', 'srcset', 'xlink:href'],
    allowProtocolRelative: false,
    // (sanitize-html's default allowedEmptyAttributes is ['alt']: a decorative image keeps alt="".)
    allowVulnerableTags: false,
    disallowedTagsMode: 'discard',
    nonTextTags: DROP_WITH_CONTENT,
    nestingLimit: 60,
    enforceHtmlBoundary: false,
    parser: { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
    transformTags: {
      h1: heading('h2'),
      h5: heading('h4'),
      h6: heading('h4'),
      a: (name, attribs) => {
        const href = safeLinkHref(attribs.href);
        if (href === undefined) return { tagName: name, attribs: {} };
        const out: sanitizeHtml.Attributes = { href, rel: 'noopener noreferrer' };
        if (attribs.target?.trim().toLowerCase() === '_blank') out.target = '_blank';
        return { tagName: name, attribs: out };
      },
      img: (name, attribs) => {
        const src = attribs.src;
        if (src === undefined || !mediaUrlPattern.test(src)) return { tagName: name, attribs: {} };
        const out: sanitizeHtml.Attributes = { src, alt: attribs.alt ?? '' };
        for (const key of ['width', 'height']) {
          const value = attribs[key]?.trim();
          if (value !== undefined && PIXELS.test(value)) out[key] = value;
        }
        return { tagName: name, attribs: out };
      },
      th: cell,
      td: cell,
      // Any other allowed tag keeps only its allowed attributes (none, for most).
      '*': (name, attribs) => keep(name, attribs, ARTICLE_ALLOWED_ATTRIBUTES[name] ?? []),
    },
    // A link whose href was refused is unwrapped (text kept); an image whose src was refused goes.
    exclusiveFilter: (frame) => {
      if (frame.tag === 'a' && !frame.attribs.href) return 'excludeTag';
      if (frame.tag === 'img' && !frame.attribs.src) return true;
      return false;
    },
  };
}

/**
 * `>` followed by U+0338 COMBINING LONG SOLIDUS OVERLAY composes to `≯` under NFC, which would
 * swallow the end of a tag (`<img … />\u0338 onerror=…` → `<img … /≯ onerror=…`). A decoded
 * `&#x338;` can land right after a tag we emitted, so it is written back as a reference there.
 */
const GT_COMBINING = />\u0338/g;

/** Sanitise article HTML for storage and display. Pure; safe to run twice (idempotent). */
export function sanitizeArticleHtml(html: string, opts: SanitizeArticleHtmlOptions = {}): string {
  const pattern = withoutStatefulFlags(opts.mediaUrlPattern ?? DEFAULT_MEDIA_URL_PATTERN);
  // Control characters other than tab/LF/CR have no business in an article and are a favourite way to
  // confuse parsers (NUL inside `<scr\0ipt>`); they are removed before parsing.
  // (Form feed is HTML whitespace: it becomes a space.)
  const input = html
    .normalize('NFC')
    .replace(/\f/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, '');
  const out = sanitizeHtml(input, buildOptions(pattern));
  return out.replace(GT_COMBINING, '>&#x338;').normalize('NFC');
}
