import type { PAGE_SCHEMA } from '@congxa/shared/content';
import type { PagePlacementFields, PageResponse } from '@congxa/shared/dto/pages';
import { itemApi, type ItemCreate, type ItemUpdate } from '../content/api';

type PageFields = typeof PAGE_SCHEMA.fields;
/** A page's place in the tree and the menu, which a save may carry besides the content. */
export type PagePlacement = Pick<PagePlacementFields, 'parentId' | 'position'>;
export type PageCreate = ItemCreate<PageFields, PagePlacement>;
export type PageUpdate = ItemUpdate<PageFields, PagePlacement>;

/** `/sites/:site/pages…`: the publishing core's routes for introduction pages. */
export const pageApi = itemApi<PageResponse, PageCreate, PageUpdate>('pages');
