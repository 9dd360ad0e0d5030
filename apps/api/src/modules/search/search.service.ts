import { Injectable } from '@nestjs/common';
import type { Page } from '@congxa/shared/dto/common';
import { type PublicSearchItem, type PublicSearchQuery, SEARCH_MAX_RESULTS } from '@congxa/shared/dto/search';
import { PublicCache } from '../../common/cache/public-cache';
import { paging } from '../../common/http/paging';
import { SitesService } from '../sites/sites.service';
import { SearchDocumentsRepository, type SearchHit } from './search-documents.repository';
import { parseSearchQuery, planSearch, type SearchPlan, type SearchTerm, toTsQuery } from './search-query';
import { foldWord, monthLexemes } from './search-text';
import { toSearchItem } from './search.mapper';

/** Fewer full-text results than this, and the query's unknown words are corrected (typos). */
export const FEW_RESULTS = 5;

/** At most this many results in all when corrected words add to what was found. */
const CORRECTED_MAX = 20;

/** Trigram similarity a vocabulary word needs to stand for a word typed (`dinhh` → `dinh`: 0.57). */
const TYPO_SIMILARITY = 0.4;

/** The recency window holds (at least) the site's this many newest documents (see the repository's `find`). */
const WINDOW_DOCUMENTS = 2500;

/** A window of more months than this is no help (the site publishes little): none is used. */
const MAX_WINDOW_MONTHS = 120;

/**
 * How long a site's window start is reused. A window that starts too early is still right (only larger), and
 * new documents are always inside it, so a stale one costs a little time, never a wrong answer.
 */
const WINDOW_TTL_MS = 60_000;

/**
 * The public search over what is live in a site: full-text with or without marks, phrases, document
 * numbers, ranked by tiers (exact marks, title, adjacency) then recency; typos corrected against the
 * vocabulary by trigram similarity when the full-text finds little. See search-query.ts and docs/search.md.
 */
@Injectable()
export class SearchService {
  private readonly windows = new Map<string, { months: string[]; until: number }>();

  constructor(
    private readonly sites: SitesService,
    private readonly repo: SearchDocumentsRepository,
    private readonly cache: PublicCache,
  ) {}

  /**
   * Kept in the public cache per site and query (its text in NFC with spaces collapsed, type, page) until
   * the site's public content changes. The typo corrections come from the vocabulary of every site: a
   * correction another site's publication would bring shows once this site changes too.
   */
  async search(host: string | undefined, q: PublicSearchQuery): Promise<Page<PublicSearchItem>> {
    const site = await this.sites.resolvePublic(host);
    const p = paging(q);
    const text = q.q.normalize('NFC').replace(/\s+/g, ' ').trim();
    const key = `search:${q.type ?? ''}:${p.page}:${p.pageSize}:${text}`;
    return this.cache.get(site.id, key, () => this.find(site.id, { ...q, q: text }, p));
  }

  private async find(siteId: string, q: PublicSearchQuery, p: { page: number; pageSize: number }): Promise<Page<PublicSearchItem>> {
    const terms = parseSearchQuery(q.q);
    const plan = planSearch(terms);
    if (!plan) return { items: [], total: 0, page: p.page, pageSize: p.pageSize };
    const offset = (p.page - 1) * p.pageSize;
    const window = await this.window(siteId, q.type);
    const find = (pl: SearchPlan, from: number, limit: number) =>
      this.repo.find({
        siteId,
        type: q.type,
        match: toTsQuery(pl.match),
        tiers: pl.tiers.map(toTsQuery),
        window,
        offset: from,
        limit,
        countCap: SEARCH_MAX_RESULTS,
      });
    const found = await find(plan, offset, Math.max(0, Math.min(p.pageSize, SEARCH_MAX_RESULTS - offset)));
    const respond = (hits: SearchHit[], total: number, words: string[]) => {
      const marked = new Set(words);
      return { items: hits.map((h) => toSearchItem(h, marked)), total, page: p.page, pageSize: p.pageSize };
    };
    if (found.total >= FEW_RESULTS) return respond(found.hits, Math.min(found.total, SEARCH_MAX_RESULTS), plan.words);

    // Little found: correct the words the vocabulary does not know, and add what the corrected query finds.
    const corrected = await this.correct(terms);
    if (!corrected) return respond(found.hits, found.total, plan.words);
    const first = offset === 0 ? found.hits : (await find(plan, 0, FEW_RESULTS)).hits;
    const seen = new Set(first.map((h) => h.itemId));
    const more = (await find(corrected, 0, CORRECTED_MAX)).hits.filter((h) => !seen.has(h.itemId));
    const all = [...first, ...more].slice(0, CORRECTED_MAX);
    return respond(all.slice(offset, offset + p.pageSize), all.length, [...plan.words, ...corrected.words]);
  }

  /** The plan of the query with its unknown words replaced by the nearest known ones; null when none changed. */
  private async correct(terms: SearchTerm[]): Promise<SearchPlan | null> {
    const words = [...new Set(terms.flatMap((t) => t.words.map(foldWord)))];
    const known = await this.repo.knownWords(words);
    const fixes = new Map<string, string>();
    for (const w of words) {
      if (known.has(w) || w.length < 3 || /^\p{N}+$/u.test(w)) continue;
      const near = await this.repo.nearestWord(w, TYPO_SIMILARITY);
      if (near) fixes.set(w, near);
    }
    if (fixes.size === 0) return null;
    return planSearch(terms.map((t) => ({ ...t, words: t.words.map((w) => fixes.get(foldWord(w)) ?? w) })));
  }

  /** The month lexemes of the site's recency window (empty when the site is small enough to need none). */
  private async window(siteId: string, type: string | undefined): Promise<string[]> {
    const key = `${siteId}/${type ?? ''}`;
    const now = Date.now();
    const cached = this.windows.get(key);
    if (cached && cached.until > now) return cached.months;
    const start = await this.repo.nthNewest(siteId, type, WINDOW_DOCUMENTS);
    // Up to next month: a document published by another process a moment "later" is still inside.
    const span = start ? monthLexemes(start, new Date(now + 31 * 86_400_000)) : [];
    const months = span.length <= MAX_WINDOW_MONTHS ? span : [];
    if (this.windows.size > 1000) this.windows.clear();
    this.windows.set(key, { months, until: now + WINDOW_TTL_MS });
    return months;
  }
}
