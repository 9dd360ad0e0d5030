import type { ContentFields, ContentValues } from '@congxa/shared/content';
import type { CategoryResponse } from '@congxa/shared/dto/categories';
import type { Page } from '@congxa/shared/dto/common';
import type {
  ItemEnvelope,
  ItemHistoryResponse,
  ItemSaveFields,
  ItemSummaryResponse,
  QueueResponse,
  RevisionCompareResponse,
  TransitionRequest,
} from '@congxa/shared/dto/content';
import type { FieldResponse } from '@congxa/shared/dto/fields';
import type { MemberResponse } from '@congxa/shared/dto/members';
import type { ItemState } from '@congxa/shared/workflow';
import { API_PREFIX, http, HttpError, toHttpError } from '../../core/http';
import { useSessionStore } from '../auth/stores/session';

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
  restore(site: string, id: string, number: number, revision: number): Promise<R>;
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
    restore: (slug, id, number, revision) => http<R>(`${one(slug, id)}/revisions/${number}/restore`, { method: 'POST', body: { revision } }),
    slip: (slug, id) => fetchPdf(`${one(slug, id)}/slip.pdf`),
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

/**
 * A PDF of the API. The typed `http()` reads JSON only, so this one call fetches the bytes itself, with
 * the same Bearer token and one refresh on 401.
 */
async function fetchPdf(path: string): Promise<Blob> {
  const session = useSessionStore();
  const send = async () => {
    try {
      return await fetch(`${API_PREFIX}${path}`, {
        headers: { Accept: 'application/pdf', ...(session.accessToken ? { Authorization: `Bearer ${session.accessToken}` } : {}) },
        credentials: 'same-origin',
      });
    } catch {
      throw new HttpError({ status: 0, code: 'NETWORK_ERROR', message: 'Network error' });
    }
  };
  let response = await send();
  if (response.status === 401 && (await session.refresh())) response = await send();
  if (!response.ok) {
    const body: unknown = (response.headers.get('content-type') ?? '').includes('json') ? await response.json().catch(() => undefined) : undefined;
    throw toHttpError(response.status, body);
  }
  return response.blob();
}
