import { Injectable } from '@nestjs/common';
import { AppException, notFound } from '../../common/errors/app-exception';
import { CategoriesService } from '../categories/categories.service';
import { pathOf } from '../pages/page-tree';
import type { SiteEntity } from '../sites/site.entity';
import { SitesService } from '../sites/sites.service';
import { renderRobots, renderRss, renderSitemapIndex, renderUrlset, type SitemapEntry } from './documents';
import { FeedsRepository, type PageRow } from './feeds.repository';
import { type FeedRequest, originOf } from './origin';
import { REGISTER_FEEDS, type RegisterPath } from './registers';

/** Items in an RSS feed. */
export const RSS_ITEMS = 50;

/**
 * URLs in one sitemap file: the protocol's limit. Past it `/sitemap.xml` becomes an index of
 * `/sitemap-<n>.xml` parts. A property, not a constant, so that tests can lower it.
 */
export const SITEMAP_LIMITS = { urlsPerPart: 50_000 };

type CategoryRef = { id: string; parentId: string | null; name: string; slug: string };

/**
 * RSS feeds, sitemaps and robots.txt of the site the Host header names: published articles only, the
 * category rule of the public list (a category and its direct subcategories), absolute URLs on the origin
 * the client used.
 */
@Injectable()
export class FeedsService {
  constructor(
    private readonly sites: SitesService,
    private readonly categories: CategoriesService,
    private readonly feeds: FeedsRepository,
  ) {}

  /** The site's latest articles, or those of one category (404 CATEGORY_NOT_FOUND for a slug the site does not have). */
  async rss(r: FeedRequest, categorySlug?: string): Promise<string> {
    const site = await this.sites.resolvePublic(r.host);
    const origin = originOf(r, site);
    let category: CategoryRef | null = null;
    let categoryIds: string[] | null = null;
    if (categorySlug !== undefined) {
      const cats = await this.categories.refs(site.id);
      category = cats.find((c) => c.slug === categorySlug) ?? null;
      if (!category) throw new AppException(404, 'CATEGORY_NOT_FOUND');
      const parentId = category.id;
      categoryIds = cats.filter((c) => c.id === parentId || c.parentId === parentId).map((c) => c.id);
    }
    const rows = await this.feeds.latestArticles(site.id, categoryIds, RSS_ITEMS);
    const path = category ? `/chuyen-muc/${category.slug}` : '';
    // The newest change among the items, not the time of the request: the same content gives the same bytes (and ETag).
    const lastBuild = rows.reduce((latest, a) => (a.updatedAt > latest ? a.updatedAt : latest), rows.length ? rows[0]!.updatedAt : site.updatedAt);
    return renderRss({
      title: category ? `${category.name} — ${site.name}` : site.name,
      link: `${origin}${path || '/'}`,
      description: category ? `Tin bài chuyên mục ${category.name} của ${site.name}` : `Tin bài mới nhất của ${site.name}`,
      selfUrl: `${origin}${path}/rss.xml`,
      lastBuildDate: lastBuild,
      items: rows.map((a) => ({
        title: a.title,
        link: `${origin}/tin-tuc/${a.slug}`,
        description: a.summary ?? '',
        pubDate: a.publishedAt,
        category: a.category,
      })),
    });
  }

  /** A register's newest published items (`/van-ban/rss.xml`, `/thu-tuc/rss.xml`): the number or code before each title. */
  async registerRss(r: FeedRequest, path: RegisterPath): Promise<string> {
    const site = await this.sites.resolvePublic(r.host);
    const origin = originOf(r, site);
    const reg = REGISTER_FEEDS[path];
    const rows = await this.feeds.latestOfType(site.id, reg.type, RSS_ITEMS);
    const lastBuild = rows.reduce((latest, a) => (a.updatedAt > latest ? a.updatedAt : latest), rows.length ? rows[0]!.updatedAt : site.updatedAt);
    return renderRss({
      title: `${reg.name} — ${site.name}`,
      link: `${origin}/${path}`,
      description: `${reg.name} mới đăng của ${site.name}`,
      selfUrl: `${origin}/${path}/rss.xml`,
      lastBuildDate: lastBuild,
      items: rows.map((i) => ({
        title: reg.title({ ...i.content, title: i.title }),
        link: `${origin}/${path}/${i.slug}`,
        description: reg.description(i.content),
        pubDate: i.publishedAt,
        category: null,
      })),
    });
  }

  /** The whole urlset, or past the part size an index of the parts. */
  async sitemap(r: FeedRequest): Promise<string> {
    const { site, origin, fixed, articles } = await this.layout(r);
    const size = SITEMAP_LIMITS.urlsPerPart;
    const total = fixed.length + articles;
    if (total <= size) return renderUrlset([...fixed, ...(await this.articleEntries(site, origin, 0, articles))]);
    const lastmods = await this.feeds.articleLastmodByPart(site.id, fixed.length, size);
    fixed.forEach((e, i) => {
      const part = Math.floor(i / size);
      if (e.lastmod && e.lastmod > (lastmods.get(part) ?? '')) lastmods.set(part, e.lastmod);
    });
    const parts = Array.from({ length: Math.ceil(total / size) }, (_, i) => ({ loc: `${origin}/sitemap-${i + 1}.xml`, lastmod: lastmods.get(i) ?? null }));
    return renderSitemapIndex(parts);
  }

  /** Part `n` (from 1) of the sitemap: 404 past the last part. */
  async sitemapPart(r: FeedRequest, n: string): Promise<string> {
    if (!/^[1-9][0-9]{0,8}$/.test(n)) throw notFound();
    const { site, origin, fixed, articles } = await this.layout(r);
    const size = SITEMAP_LIMITS.urlsPerPart;
    const part = Number(n);
    const total = fixed.length + articles;
    if (part > Math.ceil(total / size)) throw notFound();
    const start = (part - 1) * size;
    const end = Math.min(total, start + size);
    const from = Math.max(start, fixed.length);
    return renderUrlset([...fixed.slice(start, end), ...(await this.articleEntries(site, origin, from - fixed.length, end - from))]);
  }

  async robots(r: FeedRequest): Promise<string> {
    const site = await this.sites.resolvePublic(r.host);
    return renderRobots(originOf(r, site));
  }

  /**
   * The URLs before the articles (home, categories, pages, the legal documents and the procedures: a few
   * thousand at most) and how many articles follow.
   */
  private async layout(r: FeedRequest): Promise<{ site: SiteEntity; origin: string; fixed: SitemapEntry[]; articles: number }> {
    const site = await this.sites.resolvePublic(r.host);
    const origin = originOf(r, site);
    const [cats, pages, documents, procedures, weeks, articles] = await Promise.all([
      this.categories.refs(site.id),
      this.feeds.publishedPages(site.id),
      this.feeds.publishedOfType(site.id, REGISTER_FEEDS['van-ban'].type),
      this.feeds.publishedOfType(site.id, REGISTER_FEEDS['thu-tuc'].type),
      this.feeds.publishedWeeks(site.id),
      this.feeds.countPublishedArticles(site.id),
    ]);
    const fixed: SitemapEntry[] = [
      { loc: `${origin}/`, lastmod: null },
      ...cats
        .map((c) => c.slug)
        .sort()
        .map((slug) => ({ loc: `${origin}/chuyen-muc/${slug}`, lastmod: null })),
      ...reachablePagePaths(pages).map((p) => ({ loc: `${origin}${p.path}`, lastmod: p.lastmod })),
      ...(documents.length ? [{ loc: `${origin}/van-ban`, lastmod: null }] : []),
      ...documents.map((d) => ({ loc: `${origin}/van-ban/${d.slug}`, lastmod: d.lastmod })),
      ...(procedures.length ? [{ loc: `${origin}/thu-tuc`, lastmod: null }] : []),
      ...procedures.map((d) => ({ loc: `${origin}/thu-tuc/${d.slug}`, lastmod: d.lastmod })),
      ...(weeks.length ? [{ loc: `${origin}/lich-cong-tac`, lastmod: null }] : []),
      ...weeks.map((w) => ({ loc: `${origin}/lich-cong-tac/${w.week.toLowerCase()}`, lastmod: w.lastmod })),
    ];
    return { site, origin, fixed, articles };
  }

  private async articleEntries(site: SiteEntity, origin: string, offset: number, limit: number): Promise<SitemapEntry[]> {
    if (limit <= 0) return [];
    return (await this.feeds.articleUrls(site.id, offset, limit)).map((a) => ({ loc: `${origin}/tin-tuc/${a.slug}`, lastmod: a.lastmod }));
  }
}

/** The paths of the published pages whose every ancestor is published too (the others lead nowhere), in path order. */
export function reachablePagePaths(pages: readonly PageRow[]): { path: string; lastmod: string }[] {
  const byId = new Map(pages.map((p) => [p.id, p]));
  const reachable = (p: PageRow, depth = 0): boolean => !p.parentId || (depth < 64 && byId.has(p.parentId) && reachable(byId.get(p.parentId)!, depth + 1));
  return pages
    .filter((p) => reachable(p))
    .map((p) => ({ path: pathOf(byId, p.id), lastmod: p.lastmod }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
