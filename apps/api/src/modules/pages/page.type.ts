import { PAGE_SCHEMA } from '@congxa/shared/content';
import { CreatePageRequest, UpdatePageRequest } from '@congxa/shared/dto/pages';
import { AppException } from '../../common/errors/app-exception';
import type { ContentTypeDefinition } from '../publishing/content-types';
import type { PublishingService } from '../publishing/publishing.service';
import { searchableText } from '../publishing/search-indexer';
import { pathOf, validParent } from './page-tree';

/** What the staff routes need of the type (mounted before the service exists). */
export const PAGE_ROUTES = { schema: PAGE_SCHEMA, route: 'pages', requests: { Create: CreatePageRequest, Update: UpdatePageRequest } };

/**
 * Trang: introduction pages in a tree, on the publishing core; its place in the tree is checked and shown.
 * Its search document carries its path, and exists only while every page above it is published too (the
 * public cannot reach it otherwise): a page's document hangs on its ancestors, so the core re-indexes the
 * site's pages together (`searchWholeType`).
 */
export function pageType(publishing: PublishingService): ContentTypeDefinition {
  return {
    ...PAGE_ROUTES,
    adminPath: 'trang',
    notFoundCode: 'PAGE_NOT_FOUND',
    async placement(siteId, itemId, dto) {
      if (dto.parentId === undefined || dto.parentId === null) return dto;
      if (!validParent(await publishing.tree(siteId, 'page'), itemId, dto.parentId)) throw new AppException(422, 'PAGE_PARENT_INVALID', { field: 'parentId' });
      return dto;
    },
    async respond(v) {
      const nodes = new Map((await publishing.tree(v.item.siteId, 'page')).map((n) => [n.id, n]));
      return { parentId: v.item.parentId, position: v.item.position, path: pathOf(nodes, v.item.id) };
    },
    async searchDocument({ item, content }) {
      const nodes = new Map((await publishing.tree(item.siteId, 'page')).map((n) => [n.id, n]));
      for (let up = item.parentId; up; up = nodes.get(up)?.parentId ?? null) {
        if (nodes.get(up)?.liveStatus !== 'published') return null;
      }
      return { title: String(content.title ?? ''), text: searchableText(PAGE_SCHEMA, content), path: pathOf(nodes, item.id) };
    },
    searchWholeType: true,
  };
}
