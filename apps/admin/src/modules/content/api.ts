import type { ContentFields, ContentValues } from '@congxa/shared/content';
import type { CategoryResponse } from '@congxa/shared/dto/categories';
import type { Page } from '@congxa/shared/dto/common';
import type {
  ItemEnvelope,
  ItemHistoryResponse,
  ItemSaveFields,
  ItemSummaryResponse,
  PresenceResponse,
  QueueResponse,
  RevisionCompareResponse,
  RevisionResponse,
  TransitionRequest,
} from '@congxa/shared/dto/content';
import type { FieldResponse } from '@congxa/shared/dto/fields';
import type { MemberResponse } from '@congxa/shared/dto/members';
import type { ItemState } from '@congxa/shared/workflow';
import { download, http } from '../../core/http';

/** What a save sends: the content fields that changed (typed by the type's schema), and the save fields. */
export type ItemSave<F extends ContentFields, Extra extends object = object> = Partial<ContentValues<F>> & ItemSaveFields & Extra;
/** `POST`: the title is required, the rest optional. */
export type ItemCreate<F extends ContentFields, Extra extends object = object> = ItemSave<F, Extra> & { title: string };
/** `PATCH`: what changed, with the revision it is based on (409 REVISION_CONFLICT when stale). */
export type ItemUpdate<F extends ContentFields, Extra extends object = object> = ItemSave<F, Extra> & { revision: number };

export interface ItemListParams {
  status?: ItemState;
  mine?: boolean;
  page?: number;
  pageSize?: number;
}

/**
 * The staff routes of one publishable type (`/sites/:site/<route>…`), the same for every type: a screen
 * written against an `ItemApi` works for articles and pages alike.
 */
export interface ItemApi<R extends ItemEnvelope = ItemEnvelope, Create = ItemCreate<ContentFields>, Update = ItemUpdate<ContentFields>> {
  /** The API's path segment: `articles`, `pages`. */
  readonly route: string;
  list(site: string, params?: ItemListParams): Promise<Page<ItemSummaryResponse>>;
  create(site: string, body: Create): Promise<R>;
  get(site: string, id: string): Promise<R>;
  update(site: string, id: string, body: Update): Promise<R>;
  transition(site: string, id: string, body: TransitionRequest): Promise<R>;
  history(site: string, id: string): Promise<ItemHistoryResponse>;
  compare(site: string, id: string, from: number, to: number): Promise<RevisionCompareResponse>;
  /** One revision's content (the declared fields at the top level). */
  revision(site: string, id: string, number: number): Promise<RevisionResponse>;
  restore(site: string, id: string, number: number, revision: number): Promise<R>;
  /** "I have it open" (every ~10 s while the editor is open): the others seen in the last 30 s. */
  presence(site: string, id: string, editing: boolean): Promise<PresenceResponse>;
  /** "I closed it". */
  leave(site: string, id: string): Promise<void>;
  /** The provision form and approval slip as a PDF. */
  slip(site: string, id: string): Promise<Blob>;
}

const sitePath = (slug: string) => `/sites/${encodeURIComponent(slug)}`;

export function itemApi<R extends ItemEnvelope, Create, Update>(route: string): ItemApi<R, Create, Update> {
  const list = (slug: string) => `${sitePath(slug)}/${route}`;
  const one = (slug: string, id: string) => `${list(slug)}/${encodeURIComponent(id)}`;
  return {
    route,
    list: (slug, params = {}) =>
      http<Page<ItemSummaryResponse>>(list(slug), {
        query: { status: params.status, mine: params.mine ? 1 : undefined, page: params.page, pageSize: params.pageSize },
      }),
    create: (slug, body) => http<R>(list(slug), { method: 'POST', body }),
    get: (slug, id) => http<R>(one(slug, id)),
    update: (slug, id, body) => http<R>(one(slug, id), { method: 'PATCH', body }),
    transition: (slug, id, body) => http<R>(`${one(slug, id)}/transitions`, { method: 'POST', body }),
    history: (slug, id) => http<ItemHistoryResponse>(`${one(slug, id)}/history`),
    compare: (slug, id, from, to) => http<RevisionCompareResponse>(`${one(slug, id)}/revisions/compare`, { query: { from, to } }),
    revision: (slug, id, number) => http<RevisionResponse>(`${one(slug, id)}/revisions/${encodeURIComponent(number)}`),
    presence: (slug, id, editing) => http<PresenceResponse>(`${one(slug, id)}/presence`, { method: 'POST', body: { editing } }),
    leave: (slug, id) => http<void>(`${one(slug, id)}/presence`, { method: 'DELETE' }),
    restore: (slug, id, number, revision) => http<R>(`${one(slug, id)}/revisions/${number}/restore`, { method: 'POST', body: { revision } }),
    slip: async (slug, id) => (await download(`${one(slug, id)}/slip.pdf`, { accept: 'application/pdf' })).blob,
  };
}

/** Every row of a list, page after page (for a select of the site's items; stops at `max`). */
export async function listAll(api: Pick<ItemApi, 'list'>, site: string, max = 1000): Promise<ItemSummaryResponse[]> {
  const pageSize = 100;
  const out: ItemSummaryResponse[] = [];
  for (let page = 1; out.length < max; page++) {
    const result = await api.list(site, { page, pageSize });
    out.push(...result.items);
    if (result.items.length < pageSize || out.length >= result.total) break;
  }
  return out;
}

/** What awaits the caller, over every type (items carry their `type`). */
export function fetchQueue(slug: string): Promise<QueueResponse> {
  return http<QueueResponse>(`${sitePath(slug)}/queue`);
}

export function listFields(slug: string): Promise<Page<FieldResponse>> {
  return http<Page<FieldResponse>>(`${sitePath(slug)}/fields`);
}

export function listCategories(slug: string): Promise<Page<CategoryResponse>> {
  return http<Page<CategoryResponse>>(`${sitePath(slug)}/categories`);
}

export function listMembers(slug: string): Promise<Page<MemberResponse>> {
  return http<Page<MemberResponse>>(`${sitePath(slug)}/members`, { query: { pageSize: 100 } });
}
