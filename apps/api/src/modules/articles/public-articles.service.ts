import { Injectable } from '@nestjs/common';
import type { ArticleContent } from '@congxa/shared/content';
import type { Page } from '@congxa/shared/dto/common';
import type { PublicArticle, PublicArticleQuery, PublicArticleSummary } from '@congxa/shared/dto/public-articles';
import { PublicCache } from '../../common/cache/public-cache';
import { AppException } from '../../common/errors/app-exception';
import { paging, toPage } from '../../common/http/paging';
import { CategoriesService } from '../categories/categories.service';
import { FieldsService } from '../fields/fields.service';
import { contentOf } from '../publishing/content-values';
import { PublicContentService, type LiveItem } from '../publishing/public-content.service';
import { SitesService } from '../sites/sites.service';
import { ARTICLE_TYPE } from './article.type';

type Ref = { name: string; slug: string };

/** The public face of articles: published editions only, with category and field names. */
@Injectable()
export class PublicArticlesService {
  constructor(
    private readonly sites: SitesService,
    private readonly content: PublicContentService,
    private readonly categories: CategoriesService,
    private readonly fields: FieldsService,
    private readonly cache: PublicCache,
  ) {}

  /** A page of the site's published articles, kept in the public cache until the site's public content changes. */
  async list(host: string | undefined, q: PublicArticleQuery): Promise<Page<PublicArticleSummary>> {
    const site = await this.sites.resolvePublic(host);
    const p = paging(q);
    const key = `article:list:${q.category ?? ''}:${q.field ?? ''}:${p.page}:${p.pageSize}`;
    return this.cache.get(site.id, key, () => this.readList(site.id, q, p));
  }

  private async readList(siteId: string, q: PublicArticleQuery, p: { page: number; pageSize: number }): Promise<Page<PublicArticleSummary>> {
    const [cats, fields] = await Promise.all([this.categories.refs(siteId), this.fields.refs(siteId)]);
    // A category and its direct subcategories.
    const categoryIds = q.category
      ? cats.filter((c) => c.slug === q.category || cats.some((parent) => parent.id === c.parentId && parent.slug === q.category)).map((c) => c.id)
      : undefined;
    const fieldIds = q.field ? fields.filter((f) => f.slug === q.field).map((f) => f.id) : undefined;
    const page = await this.content.list(siteId, 'article', { categoryIds, fieldIds }, p.page, p.pageSize);
    const refs = new Map<string, Ref>([...cats, ...fields].map((r) => [r.id, { name: r.name, slug: r.slug }]));
    return toPage(page, p, (live) => this.summary(live, refs));
  }

  /**
   * A published (or archived) article; a withdrawn one answers 404 saying it was withdrawn. Kept in the public
   * cache, the 404 too (a publish of that slug changes the site, so it shows at once).
   */
  async get(host: string | undefined, slug: string): Promise<PublicArticle> {
    const site = await this.sites.resolvePublic(host);
    return this.cache.getOrThrow(site.id, `article:${slug}`, () => this.read(site.id, slug));
  }

  private async read(siteId: string, slug: string): Promise<PublicArticle> {
    const found = await this.content.bySlug(siteId, 'article', slug);
    const status = found?.item.liveStatus;
    if (!found || (status !== 'published' && status !== 'archived')) {
      throw new AppException(404, status === 'unpublished' ? 'ARTICLE_WITHDRAWN' : 'NOT_FOUND');
    }
    const [cats, fields] = await Promise.all([this.categories.refs(siteId), this.fields.refs(siteId)]);
    const refs = new Map<string, Ref>([...cats, ...fields].map((r) => [r.id, { name: r.name, slug: r.slug }]));
    const c = this.contentOf(found);
    return {
      ...this.summary(found, refs),
      body: c.body,
      tags: c.tags,
      author: c.authorName || null,
      source: c.origin === 'collected' ? c.sourceReference : null,
      updatedAt: (found.item.liveUpdatedAt ?? found.item.publishedAt ?? found.item.createdAt).toISOString(),
      archived: status === 'archived',
    };
  }

  private contentOf(live: LiveItem): ArticleContent {
    return contentOf(ARTICLE_TYPE.schema, live.live) as ArticleContent;
  }

  private summary(live: LiveItem, refs: Map<string, Ref>): PublicArticleSummary {
    const c = this.contentOf(live);
    return {
      id: live.item.id,
      slug: live.item.slug,
      title: c.title,
      summary: c.summary,
      kind: c.kind,
      featured: c.featured,
      publishedAt: (live.item.publishedAt ?? live.item.createdAt).toISOString(),
      category: c.categoryId ? (refs.get(c.categoryId) ?? null) : null,
      field: c.fieldId ? (refs.get(c.fieldId) ?? null) : null,
      coverImageId: c.coverMediaId,
    };
  }
}
