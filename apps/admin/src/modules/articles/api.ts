import type {
  ArticleHistoryResponse,
  ArticleResponse,
  ArticleSummaryResponse,
  CreateArticleRequest,
  RevisionCompareResponse,
  TransitionRequest,
  UpdateArticleRequest,
} from '@congxa/shared/dto/articles';
import type { CategoryResponse } from '@congxa/shared/dto/categories';
import type { Page } from '@congxa/shared/dto/common';
import type { FieldResponse } from '@congxa/shared/dto/fields';
import type { MemberResponse } from '@congxa/shared/dto/members';
import type { ArticleState } from '@congxa/shared/workflow';
import { API_PREFIX, http, HttpError, toHttpError } from '../../core/http';
import { useSessionStore } from '../auth/stores/session';

/** Why an item waits for the caller (GET …/queue). */
export type QueueReason = 'intake' | 'forward' | 'approve' | 'review' | 'mine';
export type QueueItem = ArticleSummaryResponse & { reason: QueueReason };

export interface ArticleListParams {
  status?: ArticleState;
  mine?: boolean;
  page?: number;
  pageSize?: number;
}

const site = (slug: string) => `/sites/${encodeURIComponent(slug)}`;
const article = (slug: string, id: string) => `${site(slug)}/articles/${encodeURIComponent(id)}`;

export function listArticles(slug: string, params: ArticleListParams = {}): Promise<Page<ArticleSummaryResponse>> {
  return http<Page<ArticleSummaryResponse>>(`${site(slug)}/articles`, {
    query: { status: params.status, mine: params.mine ? 1 : undefined, page: params.page, pageSize: params.pageSize },
  });
}

export function fetchQueue(slug: string): Promise<Page<QueueItem>> {
  return http<Page<QueueItem>>(`${site(slug)}/queue`);
}

export function createArticle(slug: string, body: CreateArticleRequest): Promise<ArticleResponse> {
  return http<ArticleResponse>(`${site(slug)}/articles`, { method: 'POST', body });
}

export function getArticle(slug: string, id: string): Promise<ArticleResponse> {
  return http<ArticleResponse>(article(slug, id));
}

/** Sends only the changed fields with the revision they are based on; 409 REVISION_CONFLICT when stale. */
export function updateArticle(slug: string, id: string, body: UpdateArticleRequest): Promise<ArticleResponse> {
  return http<ArticleResponse>(article(slug, id), { method: 'PATCH', body });
}

export function transitionArticle(slug: string, id: string, body: TransitionRequest): Promise<ArticleResponse> {
  return http<ArticleResponse>(`${article(slug, id)}/transitions`, { method: 'POST', body });
}

export function fetchHistory(slug: string, id: string): Promise<ArticleHistoryResponse> {
  return http<ArticleHistoryResponse>(`${article(slug, id)}/history`);
}

export function compareRevisions(slug: string, id: string, from: number, to: number): Promise<RevisionCompareResponse> {
  return http<RevisionCompareResponse>(`${article(slug, id)}/revisions/compare`, { query: { from, to } });
}

export function restoreRevision(slug: string, id: string, number: number, revision: number): Promise<ArticleResponse> {
  return http<ArticleResponse>(`${article(slug, id)}/revisions/${number}/restore`, { method: 'POST', body: { revision } });
}

export function listFields(slug: string): Promise<Page<FieldResponse>> {
  return http<Page<FieldResponse>>(`${site(slug)}/fields`);
}

export function listCategories(slug: string): Promise<Page<CategoryResponse>> {
  return http<Page<CategoryResponse>>(`${site(slug)}/categories`);
}

export function listMembers(slug: string): Promise<Page<MemberResponse>> {
  return http<Page<MemberResponse>>(`${site(slug)}/members`, { query: { pageSize: 100 } });
}

/**
 * The provision form and approval slip as a PDF. The typed `http()` reads JSON only, so this one call
 * fetches the bytes itself, with the same Bearer token and one refresh on 401.
 */
export async function fetchSlip(slug: string, id: string): Promise<Blob> {
  const session = useSessionStore();
  const send = async () => {
    try {
      return await fetch(`${API_PREFIX}${article(slug, id)}/slip.pdf`, {
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
