import { Injectable } from '@nestjs/common';
import type { Page, PageQuery } from '@congxa/shared/dto/common';
import type { PublicArticle, PublicArticleSummary } from '@congxa/shared/dto/public-articles';
import { notFound } from '../../common/errors/app-exception';
import { paging, toPage } from '../../common/http/paging';
import { SitesService } from '../sites/sites.service';
import type { ArticleEntity } from './article.entity';
import { PublicArticlesRepository } from './public-articles.repository';

const toSummary = (a: ArticleEntity): PublicArticleSummary => ({
  id: a.id,
  slug: a.slug,
  title: a.title,
  summary: a.summary,
  publishedAt: a.publishedAt!.toISOString(),
  category: a.category ? { name: a.category.name, slug: a.category.slug } : null,
});

@Injectable()
export class PublicArticlesService {
  constructor(
    private readonly sites: SitesService,
    private readonly articles: PublicArticlesRepository,
  ) {}

  async list(host: string | undefined, q: PageQuery): Promise<Page<PublicArticleSummary>> {
    const site = await this.sites.resolvePublic(host);
    const p = paging(q);
    return toPage(await this.articles.list(site.id, p.page, p.pageSize), p, toSummary);
  }

  /** Does a public page path (`/tin-tuc/<slug>`) name a published article? Sets the HTTP status of the portal shell. */
  async pageExists(path: string, host: string | undefined): Promise<boolean> {
    const match = /^\/tin-tuc\/([a-z0-9-]{1,160})\/?$/.exec(path);
    if (!match) return false;
    const site = await this.sites.resolvePublic(host);
    return (await this.articles.findBySlug(site.id, match[1]!)) !== null;
  }

  async get(host: string | undefined, slug: string): Promise<PublicArticle> {
    const site = await this.sites.resolvePublic(host);
    const a = await this.articles.findBySlug(site.id, slug);
    if (!a) throw notFound();
    return { ...toSummary(a), body: a.body, author: a.author?.fullName ?? null, updatedAt: a.updatedAt.toISOString() };
  }
}
