import { Module } from '@nestjs/common';
import { PAGE_SCHEMA } from '@congxa/shared/content';
import { CreatePageRequest, UpdatePageRequest } from '@congxa/shared/dto/pages';
import { AppException } from '../../common/errors/app-exception';
import { contentController } from '../publishing/content.controller';
import { ContentTypes, type ContentTypeDefinition } from '../publishing/content-types';
import { PublishingModule } from '../publishing/publishing.module';
import { PublishingService } from '../publishing/publishing.service';
import { SitesModule } from '../sites/sites.module';
import { pathOf, validParent } from './page-tree';
import { PublicPagesController } from './public-pages.controller';
import { PublicPagesService } from './public-pages.service';

const PAGE_ROUTES = { schema: PAGE_SCHEMA, route: 'pages', requests: { Create: CreatePageRequest, Update: UpdatePageRequest } };

/** Trang: introduction pages in a tree, on the publishing core; its place in the tree is checked and shown. */
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
  };
}

@Module({
  imports: [PublishingModule, SitesModule],
  controllers: [contentController(PAGE_ROUTES), PublicPagesController],
  providers: [PublicPagesService],
})
export class PagesModule {
  constructor(types: ContentTypes, publishing: PublishingService) {
    types.register(pageType(publishing));
  }
}
