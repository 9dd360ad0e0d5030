import { Injectable } from '@nestjs/common';
import type { ContentTypeSchema } from '@congxa/shared/content';
import type { ContentRequestClasses } from '@congxa/shared/dto/content';
import type { ErrorCode } from '@congxa/shared/errors';
import type { Actor } from '../../common/auth/actor';
import { unprocessable } from '../../common/errors/app-exception';
import type { ContentItemEntity } from './content-item.entity';
import type { ItemView } from './publishing.repository';

/** What a save may set on the item itself, besides the content (a type's own fields, e.g. a page's place). */
export interface ItemPlacement {
  parentId?: string | null;
  position?: number;
}

/** What the public search shows and finds of a live item (see modules/search). */
export interface SearchDocumentSource {
  title: string;
  /** Plain text without HTML, one line per block (a phrase never spans two lines). */
  text: string;
  /** The item's path on the portal (`/tin-tuc/<slug>`). */
  path: string;
}

/** A live item as its type's search document sees it: the item row and the content of its live revision. */
export interface LiveContent {
  item: ContentItemEntity;
  content: Record<string, unknown>;
}

/**
 * A publishable type, as the core needs it: its content schema, where the admin edits it, its request
 * classes, and the hooks it needs beyond the core (all optional). Revisions, editions, the chain, the
 * classification guard, notifications, audit, scheduler, queue and the approval slip need nothing more.
 */
export interface ContentTypeDefinition {
  schema: ContentTypeSchema;
  /** The staff API's path segment: `/sites/:site/<route>`. */
  route: string;
  /** The admin's path segment for links in notifications: `/admin/<adminPath>/<id>`. */
  adminPath: string;
  requests: ContentRequestClasses;
  /** The error code of an item that does not exist or that the caller may not see. */
  notFoundCode: ErrorCode;
  /** The content a new item starts from, beyond the schema's defaults (e.g. the author's name). */
  initialContent?(actor: Actor): Record<string, unknown>;
  /** Check and return the item's own fields a save carries (refuse with an AppException). */
  placement?(siteId: string, itemId: string | null, dto: ItemPlacement): Promise<ItemPlacement>;
  /**
   * The content's own rules beyond each field's (e.g. a document's number must read as one, its dates in
   * order): the keys of the fields that break them. Checked on every save and on submit; the core answers
   * 422 `CONTENT_INCOMPLETE` with `{ invalid: [...] }`, as for a reference that is not the site's.
   */
  validate?(content: Record<string, unknown>): string[];
  /**
   * A text field no two items of the type in a site may share in their current content (a procedure's code,
   * a schedule's week): a save repeating another item's value is answered 409 with `code` and the field.
   */
  uniqueField?: { key: string; code: ErrorCode };
  /** The words a new item's slug is made from when none is given (default: its title; a procedure's code and name). */
  slugText?(content: Record<string, unknown>): string;
  /** Extra fields of the staff response (e.g. a page's path). */
  respond?(view: ItemView): Promise<Record<string, unknown>>;
  /**
   * The item's search document, from its live content; null when the public cannot reach the item (a page
   * under an unpublished one). The core keeps the search in step with what is live: a type without this
   * hook is not searchable.
   */
  searchDocument?(live: LiveContent): SearchDocumentSource | null | Promise<SearchDocumentSource | null>;
  /**
   * The documents of this type hang on each other (a page's path and reachability on its ancestors): any
   * change of what is live re-indexes every item of the type in the site.
   */
  searchWholeType?: boolean;
}

/** The type's own rules (`validate`): 422 `CONTENT_INCOMPLETE` naming the fields that break them. */
export function assertValid(def: ContentTypeDefinition, content: Record<string, unknown>): void {
  const invalid = def.validate?.(content) ?? [];
  if (invalid.length) throw unprocessable('CONTENT_INCOMPLETE', { invalid });
}

/** Every registered type, by its stored name. Type modules register themselves when they load. */
@Injectable()
export class ContentTypes {
  private readonly byType = new Map<string, ContentTypeDefinition>();

  register(def: ContentTypeDefinition): void {
    if (this.byType.has(def.schema.type)) throw new Error(`content type ${def.schema.type} registered twice`);
    this.byType.set(def.schema.type, def);
  }

  has(type: string): boolean {
    return this.byType.has(type);
  }

  get(type: string): ContentTypeDefinition {
    const def = this.byType.get(type);
    if (!def) throw new Error(`content type ${type} is not registered`);
    return def;
  }

  all(): ContentTypeDefinition[] {
    return [...this.byType.values()];
  }
}
