import { Injectable } from '@nestjs/common';
import type { Page } from '@congxa/shared/dto/common';
import type { PublicArticle, PublicArticleQuery, PublicArticleSummary } from '@congxa/shared/dto/public-articles';
import { AppException } from '../../common/errors/app-exception';
import { paging, toPage } from '../../common/http/paging';
import { SitesService } from '../sites/sites.service';
import { type LiveArticle, PublicArticlesRepository } from './public-articles.repository';

const toSummary = ({ article, live, category, field }: LiveArticle): PublicArticleSummary => ({
  id: article.id,
  slug: article.slug,
  title: live.content.title,
  summary: live.content.summary,
  kind: live.content.kind,
  featured: live.content.featured,
  publishedAt: (article.publishedAt ?? article.createdAt).toISOString(),
  category: category ? { name: category.name, slug: category.slug } : null,
  field: field ? { name: field.name, slug: field.slug } : null,
  coverImageId: live.content.coverMediaId,
});

@Injectable()
export class PublicArticlesService {
  constructor(
    private readonly sites: SitesService,
    private readonly articles: PublicArticlesRepository,
  ) {}

  async list(host: string | undefined, q: PublicArticleQuery): Promise<Page<PublicArticleSummary>> {
    const site = await this.sites.resolvePublic(host);
    const p = paging(q);
    return toPage(await this.articles.list(site.id, { categorySlug: q.category, fieldSlug: q.field }, p.page, p.pageSize), p, toSummary);
  }

  /** A published (or archived) article; a withdrawn one answers 404 saying it was withdrawn. */
  async get(host: string | undefined, slug: string): Promise<PublicArticle> {
    const site = await this.sites.resolvePublic(host);
    const found = await this.articles.findBySlug(site.id, slug);
    const status = found?.article.liveStatus;
    if (!found || (status !== 'published' && status !== 'archived')) {
      throw new AppException(404, status === 'unpublished' ? 'ARTICLE_WITHDRAWN' : 'NOT_FOUND');
    }
    const { article, live } = found;
    return {
      ...toSummary(found),
      body: live.content.body,
      tags: live.content.tags,
      author: live.content.authorName || null,
      source: live.content.origin === 'collected' ? live.content.sourceReference : null,
      updatedAt: (article.liveUpdatedAt ?? article.publishedAt ?? article.createdAt).toISOString(),
      archived: status === 'archived',
    };
  }

  /** Does a public page path (`/tin-tuc/<slug>`) name a readable article? Sets the HTTP status of the portal shell. */
  async pageExists(path: string, host: string | undefined): Promise<boolean> {
    const match = /^\/tin-tuc\/([a-z0-9-]{1,160})\/?$/.exec(path);
    if (!match) return false;
    return this.get(host, match[1]!).then(
      () => true,
      () => false,
    );
  }
}
