import type { Page } from '@congxa/shared/dto/common';
import type { PublicArticle, PublicArticleSummary } from '@congxa/shared/dto/public-articles';
import { getJson } from '../../core/http';

export const ARTICLES_PAGE_SIZE = 10;

export function fetchArticles(page: number, signal?: AbortSignal): Promise<Page<PublicArticleSummary>> {
  return getJson<Page<PublicArticleSummary>>(`/public/articles?page=${page}&pageSize=${ARTICLES_PAGE_SIZE}`, signal);
}

export function fetchArticle(slug: string, signal?: AbortSignal): Promise<PublicArticle> {
  return getJson<PublicArticle>(`/public/articles/${encodeURIComponent(slug)}`, signal);
}
