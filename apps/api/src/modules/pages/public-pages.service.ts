import { Injectable } from '@nestjs/common';
import { PAGE_SCHEMA, type PageContent } from '@congxa/shared/content';
import type { PublicPage, PublicPageNode } from '@congxa/shared/dto/pages';
import { PublicCache } from '../../common/cache/public-cache';
import { AppException } from '../../common/errors/app-exception';
import { contentOf } from '../publishing/content-values';
import { PublicContentService, type LiveItem } from '../publishing/public-content.service';
import { SitesService } from '../sites/sites.service';
import { pathOf } from './page-tree';

const collator = new Intl.Collator('vi');

/**
 * The public face of pages: the published tree, and one page by its path. A page whose parent is not
 * published is not reachable (its path would lead nowhere). Both are kept in the public cache until the
 * site's public content changes (a 404 too).
 */
@Injectable()
export class PublicPagesService {
  constructor(
    private readonly sites: SitesService,
    private readonly content: PublicContentService,
    private readonly cache: PublicCache,
  ) {}

  private published(siteId: string): Promise<{ nodes: LiveItem[] }> {
    return this.cache.get(siteId, 'page:nodes', () => this.readPublished(siteId));
  }

  private async readPublished(siteId: string): Promise<{ nodes: LiveItem[] }> {
    const all = (await this.content.all(siteId, 'page')).filter((p) => p.item.liveStatus === 'published');
    const byId = new Map(all.map((p) => [p.item.id, p]));
    // Only pages whose every ancestor is published too.
    const reachable = (p: LiveItem): boolean => !p.item.parentId || (byId.has(p.item.parentId) && reachable(byId.get(p.item.parentId)!));
    return { nodes: all.filter(reachable) };
  }

  async tree(host: string | undefined): Promise<PublicPageNode[]> {
    const site = await this.sites.resolvePublic(host);
    return this.cache.get(site.id, 'page:tree', () => this.readTree(site.id));
  }

  private async readTree(siteId: string): Promise<PublicPageNode[]> {
    const { nodes } = await this.published(siteId);
    const paths = new Map(nodes.map((p) => [p.item.id, { id: p.item.id, parentId: p.item.parentId, position: p.item.position, slug: p.item.slug }]));
    const build = (parentId: string | null): PublicPageNode[] =>
      nodes
        .filter((p) => p.item.parentId === parentId)
        .map((p) => ({ p, c: contentOf(PAGE_SCHEMA, p.live) as PageContent }))
        .sort((a, b) => a.p.item.position - b.p.item.position || collator.compare(a.c.title, b.c.title))
        .map(({ p, c }) => ({
          id: p.item.id,
          slug: p.item.slug,
          path: pathOf(paths, p.item.id),
          title: c.title,
          summary: c.summary,
          position: p.item.position,
          children: build(p.item.id),
        }));
    return build(null);
  }

  /** One published page by its path (`gioi-thieu/lich-su`); a path that does not match the tree is 404. */
  async get(host: string | undefined, path: string): Promise<PublicPage> {
    const site = await this.sites.resolvePublic(host);
    const wanted = `/${path.replace(/^\/+|\/+$/g, '')}`;
    return this.cache.getOrThrow(site.id, `page:${wanted}`, () => this.read(site.id, wanted));
  }

  private async read(siteId: string, wanted: string): Promise<PublicPage> {
    const { nodes } = await this.published(siteId);
    const paths = new Map(nodes.map((p) => [p.item.id, { id: p.item.id, parentId: p.item.parentId, position: p.item.position, slug: p.item.slug }]));
    const page = nodes.find((p) => pathOf(paths, p.item.id) === wanted);
    if (!page) throw new AppException(404, 'PAGE_NOT_FOUND');
    const c = contentOf(PAGE_SCHEMA, page.live) as PageContent;
    const titleOf = (id: string) => (contentOf(PAGE_SCHEMA, nodes.find((p) => p.item.id === id)!.live) as PageContent).title;
    const breadcrumb: PublicPage['breadcrumb'] = [];
    for (let parent = page.item.parentId; parent; parent = paths.get(parent)?.parentId ?? null) {
      breadcrumb.unshift({ title: titleOf(parent), path: pathOf(paths, parent) });
    }
    const children = nodes
      .filter((p) => p.item.parentId === page.item.id)
      .sort((a, b) => a.item.position - b.item.position)
      .map((p) => ({ title: titleOf(p.item.id), path: pathOf(paths, p.item.id) }));
    return {
      id: page.item.id,
      slug: page.item.slug,
      path: wanted,
      title: c.title,
      summary: c.summary,
      body: c.body,
      coverImageId: c.coverMediaId,
      breadcrumb,
      children,
      publishedAt: (page.item.publishedAt ?? page.item.createdAt).toISOString(),
      updatedAt: (page.item.liveUpdatedAt ?? page.item.publishedAt ?? page.item.createdAt).toISOString(),
    };
  }
}
