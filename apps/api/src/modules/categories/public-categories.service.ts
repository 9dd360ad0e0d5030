import { Injectable } from '@nestjs/common';
import type { PublicCategoryNode } from '@congxa/shared/dto/public-categories';
import { SitesService } from '../sites/sites.service';
import { CategoriesRepository } from './categories.repository';
import { treeOrder } from './categories.service';

/** The category tree of the site the Host header names, for the portal's menu and category pages. */
@Injectable()
export class PublicCategoriesService {
  constructor(
    private readonly sites: SitesService,
    private readonly categories: CategoriesRepository,
  ) {}

  async tree(host: string | undefined): Promise<PublicCategoryNode[]> {
    const site = await this.sites.resolvePublic(host);
    const roots: PublicCategoryNode[] = [];
    const byId = new Map<string, PublicCategoryNode>();
    // Depth-first order: a parent always comes before its children, siblings already sorted.
    for (const c of treeOrder(await this.categories.listForSite(site.id))) {
      const node: PublicCategoryNode = { id: c.id, parentId: c.parentId, name: c.name, slug: c.slug, position: c.position, children: [] };
      byId.set(c.id, node);
      (c.parentId ? byId.get(c.parentId)!.children : roots).push(node);
    }
    return roots;
  }
}
