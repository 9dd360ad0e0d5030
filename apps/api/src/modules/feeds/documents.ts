import { escapeXml, rfc822 } from './xml';

/**
 * The documents themselves, as pure functions of what the service read: RSS 2.0, the sitemap protocol's
 * `urlset` and `sitemapindex`, robots.txt. Every text is escaped here; callers pass plain text and URLs.
 */

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

export interface RssItem {
  title: string;
  /** Absolute URL of the article; also its permanent guid. */
  link: string;
  /** Plain text (the summary). */
  description: string;
  pubDate: Date;
  category: string | null;
}

export interface RssChannel {
  title: string;
  link: string;
  description: string;
  /** The feed's own URL (atom:link rel="self"). */
  selfUrl: string;
  lastBuildDate: Date;
  items: RssItem[];
}

export function renderRss(channel: RssChannel): string {
  const out: string[] = [
    XML_DECLARATION,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n',
    `<title>${escapeXml(channel.title)}</title>\n`,
    `<link>${escapeXml(channel.link)}</link>\n`,
    `<description>${escapeXml(channel.description)}</description>\n`,
    '<language>vi</language>\n',
    `<lastBuildDate>${rfc822(channel.lastBuildDate)}</lastBuildDate>\n`,
    `<atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>\n`,
  ];
  for (const item of channel.items) {
    const link = escapeXml(item.link);
    out.push(
      '<item>\n',
      `<title>${escapeXml(item.title)}</title>\n`,
      `<link>${link}</link>\n`,
      `<guid isPermaLink="true">${link}</guid>\n`,
      `<pubDate>${rfc822(item.pubDate)}</pubDate>\n`,
      `<description>${escapeXml(item.description)}</description>\n`,
      item.category ? `<category>${escapeXml(item.category)}</category>\n` : '',
      '</item>\n',
    );
  }
  out.push('</channel>\n</rss>\n');
  return out.join('');
}

export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  /** W3C date-time (`2026-12-01T01:30:05Z`), when known. */
  lastmod: string | null;
}

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

const entry = (tag: 'url' | 'sitemap', e: SitemapEntry) =>
  e.lastmod ? `<${tag}><loc>${escapeXml(e.loc)}</loc><lastmod>${e.lastmod}</lastmod></${tag}>\n` : `<${tag}><loc>${escapeXml(e.loc)}</loc></${tag}>\n`;

/** A `urlset` (at most 50,000 entries: the caller splits beyond that). */
export function renderUrlset(urls: readonly SitemapEntry[]): string {
  const out = new Array<string>(urls.length + 2);
  out[0] = `${XML_DECLARATION}<urlset xmlns="${SITEMAP_NS}">\n`;
  for (let i = 0; i < urls.length; i++) out[i + 1] = entry('url', urls[i]!);
  out[urls.length + 1] = '</urlset>\n';
  return out.join('');
}

/** A `sitemapindex` naming the parts. */
export function renderSitemapIndex(parts: readonly SitemapEntry[]): string {
  return `${XML_DECLARATION}<sitemapindex xmlns="${SITEMAP_NS}">\n${parts.map((p) => entry('sitemap', p)).join('')}</sitemapindex>\n`;
}

/**
 * Everything may be crawled but the admin and the API. Media variants under the API stay allowed (the
 * longest rule wins, RFC 9309): article images appear in search results and in sharing previews, whose
 * fetchers honour robots.txt.
 */
export function renderRobots(origin: string): string {
  return ['User-agent: *', 'Allow: /', 'Disallow: /admin/', 'Disallow: /api/', 'Allow: /api/v1/public/media/', '', `Sitemap: ${origin}/sitemap.xml`, ''].join(
    '\n',
  );
}
