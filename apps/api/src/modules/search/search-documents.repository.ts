import { Injectable } from '@nestjs/common';
import { Db } from '../../common/database/db.service';

/** A search document as written (lexemes computed by the caller, search-text.ts). */
export interface SearchDocumentRow {
  itemId: string;
  siteId: string;
  type: string;
  slug: string;
  url: string;
  title: string;
  text: string;
  lexemes: string[];
  /** New words for the vocabulary (folded). */
  words: string[];
  publishedAt: Date;
  updatedAt: Date;
  version: number;
}

/** A result as read. */
export interface SearchHit {
  itemId: string;
  type: string;
  slug: string;
  url: string;
  title: string;
  text: string;
  publishedAt: Date;
}

export interface SearchSpec {
  siteId: string;
  type?: string;
  /** tsquery every result matches. */
  match: string;
  /** tsqueries of the tiers, strongest first (see search-query.ts). */
  tiers: string[];
  /** Month lexemes of the recency window (see `find`); empty: no window, the site is small. */
  window: string[];
  offset: number;
  limit: number;
  /** Count at most about this many matches (the answer may be larger, never smaller when more match). */
  countCap: number;
}

interface HitRow {
  total: number;
  item_id: string | null;
  type: string;
  slug: string;
  url: string;
  title: string;
  text: string;
  published_at: Date;
}

/**
 * Reading a row's `lexemes` means reading its whole TOASTed tsvector (~10 µs), which the planner does not
 * know: left alone it filters large tiers row by row through the recency index or a sequential scan, and an
 * overestimated tier then costs seconds. Every search statement therefore runs with these, so matches come
 * from the GIN index only (a conjunction of lexemes needs no recheck), and with neither parallel workers nor
 * JIT (their start-up costs more than the whole query).
 */
const SEARCH_SETTINGS = `SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true),
  set_config('max_parallel_workers_per_gather', '0', true), set_config('jit', 'off', true)`;

/** Escape a lexeme as a tsquery operand (month lexemes are ours; belt and braces). */
const operand = (l: string) => `'${l.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * The SQL of the search documents and the vocabulary. See docs/search.md for the plans and their timings at
 * 100,000 documents.
 */
@Injectable()
export class SearchDocumentsRepository {
  constructor(private readonly db: Db) {}

  async upsert(d: SearchDocumentRow): Promise<void> {
    const m = this.db.manager;
    await m.query(
      `INSERT INTO search_documents (item_id, site_id, type, slug, url, title, text, lexemes, published_at, updated_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, array_to_tsvector($8::text[]), $9, $10, $11)
       ON CONFLICT (item_id) DO UPDATE SET
         site_id = EXCLUDED.site_id, type = EXCLUDED.type, slug = EXCLUDED.slug, url = EXCLUDED.url, title = EXCLUDED.title,
         text = EXCLUDED.text, lexemes = EXCLUDED.lexemes, published_at = EXCLUDED.published_at,
         updated_at = EXCLUDED.updated_at, version = EXCLUDED.version`,
      [d.itemId, d.siteId, d.type, d.slug, d.url, d.title, d.text, d.lexemes, d.publishedAt, d.updatedAt, d.version],
    );
    if (d.words.length) await m.query(`INSERT INTO search_words (word) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [d.words]);
  }

  async remove(itemIds: readonly string[]): Promise<void> {
    if (itemIds.length === 0) return;
    await this.db.manager.query(`DELETE FROM search_documents WHERE item_id = ANY($1::uuid[])`, [itemIds]);
  }

  /** Those of the items that have a document of this format version. */
  async withVersion(itemIds: readonly string[], version: number): Promise<Set<string>> {
    if (itemIds.length === 0) return new Set();
    const rows: { item_id: string }[] = await this.db.manager.query(`SELECT item_id FROM search_documents WHERE item_id = ANY($1::uuid[]) AND version = $2`, [
      itemIds,
      version,
    ]);
    return new Set(rows.map((r) => r.item_id));
  }

  /** When the `n`-th most recent document of the site (and type) was first published; null when it has fewer. */
  async nthNewest(siteId: string, type: string | undefined, n: number): Promise<Date | null> {
    const params: unknown[] = [siteId, n - 1];
    const rows: { published_at: Date }[] = await this.db.manager.query(
      `SELECT published_at FROM search_documents WHERE site_id = $1${type ? ` AND type = $${params.push(type)}` : ''}
        ORDER BY published_at DESC, item_id DESC OFFSET $2 LIMIT 1`,
      params,
    );
    return rows[0]?.published_at ?? null;
  }

  /**
   * The matches (counted: see `countCap`) and one page of them in tier order, most recent first within a
   * tier — one statement. A result on the page is among the newest `offset + limit` of its own tier's
   * conjunction (everything newer there ranks above it), so each tier reads at most that many.
   *
   * Common syllables (`xa`, `quyet`, `dinh`) have posting lists of most documents; to keep from reading them
   * whole, each tier is first asked within a recency window — the months holding the newest few thousand
   * documents, `window` — which the GIN index answers by skipping along the lists (`(tier) & (m:… | m:…)`).
   * Only a tier with fewer rows than needed there is asked again over all time (a `One-Time Filter` decides).
   * Likewise the count: within the window when that is already more than `countCap`, else over all time,
   * stopping after `countCap + 1`.
   */
  async find(s: SearchSpec): Promise<{ total: number; hits: SearchHit[] }> {
    const params: unknown[] = [s.siteId];
    const p = (v: unknown) => `$${params.push(v)}`;
    const type = s.type ? ` AND type = ${p(s.type)}` : '';
    const k = p(s.offset + s.limit);
    const where = (tsquery: string) => `site_id = $1${type} AND lexemes @@ ${p(tsquery)}::tsquery`;
    const newest = `ORDER BY published_at DESC, item_id DESC LIMIT ${k}`;
    const win = s.window.length ? `(${s.window.map(operand).join(' | ')})` : null;
    const ctes: string[] = [];
    const hits: string[] = [];
    s.tiers.forEach((tsq, i) => {
      if (win) {
        ctes.push(`w${i} AS MATERIALIZED (SELECT item_id, published_at FROM search_documents WHERE ${where(`(${tsq}) & ${win}`)} ${newest})`);
        ctes.push(
          `a${i} AS MATERIALIZED (SELECT item_id, published_at FROM search_documents WHERE ${where(tsq)} AND (SELECT count(*) FROM w${i}) < ${k} ${newest})`,
        );
        hits.push(`SELECT ${i} AS tier, item_id, published_at FROM w${i}`, `SELECT ${i}, item_id, published_at FROM a${i}`);
      } else {
        ctes.push(`w${i} AS MATERIALIZED (SELECT item_id, published_at FROM search_documents WHERE ${where(tsq)} ${newest})`);
        hits.push(`SELECT ${i} AS tier, item_id, published_at FROM w${i}`);
      }
    });
    const cap = p(s.countCap);
    ctes.push(`hits AS (${hits.join(' UNION ALL ')})`);
    ctes.push(
      `ranked AS (SELECT item_id, min(tier) AS tier, max(published_at) AS published_at FROM hits GROUP BY item_id
                   ORDER BY 2, 3 DESC, 1 DESC OFFSET ${p(s.offset)} LIMIT ${p(s.limit)})`,
    );
    const allTime = `(SELECT count(*)::int AS n FROM (SELECT 1 FROM search_documents WHERE ${where(s.match)}%s LIMIT ${cap} + 1) c)`;
    if (win) {
      ctes.push(`wc AS (SELECT count(*)::int AS n FROM search_documents WHERE ${where(`(${s.match}) & ${win}`)})`);
      ctes.push(`ac AS ${allTime.replace('%s', ` AND (SELECT n FROM wc) <= ${cap}`)}`);
      ctes.push(`total AS (SELECT CASE WHEN (SELECT n FROM wc) > ${cap} THEN (SELECT n FROM wc) ELSE (SELECT n FROM ac) END AS n)`);
    } else {
      ctes.push(`total AS ${allTime.replace('%s', '')}`);
    }
    const sql = `WITH ${ctes.join(',\n')}
      SELECT t.n AS total, d.item_id, d.type, d.slug, d.url, d.title, d.text, d.published_at
        FROM total t LEFT JOIN (ranked r JOIN search_documents d ON d.item_id = r.item_id) ON true
       ORDER BY r.tier, r.published_at DESC, r.item_id DESC`;
    const rows = await this.db.transaction(async () => {
      await this.db.manager.query(SEARCH_SETTINGS);
      return (await this.db.manager.query(sql, params)) as HitRow[];
    });
    return {
      total: rows[0]?.total ?? 0,
      hits: rows.flatMap((r) =>
        r.item_id ? [{ itemId: r.item_id, type: r.type, slug: r.slug, url: r.url, title: r.title, text: r.text, publishedAt: r.published_at }] : [],
      ),
    };
  }

  /** Which of the (folded) words the vocabulary knows. */
  async knownWords(words: readonly string[]): Promise<Set<string>> {
    if (words.length === 0) return new Set();
    const rows: { word: string }[] = await this.db.manager.query(`SELECT word FROM search_words WHERE word = ANY($1::text[])`, [words]);
    return new Set(rows.map((r) => r.word));
  }

  /**
   * The vocabulary word nearest to `word` by trigram similarity (at least `threshold`), ties to the one
   * closest in length; null when none is near enough.
   */
  async nearestWord(word: string, threshold: number): Promise<string | null> {
    const rows: { word: string }[] = await this.db.transaction(async () => {
      await this.db.manager.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [String(threshold)]);
      return this.db.manager.query(
        `SELECT word FROM search_words WHERE word % $1
          ORDER BY similarity(word, $1) DESC, abs(length(word) - length($1)), word LIMIT 1`,
        [word],
      );
    });
    return rows[0]?.word ?? null;
  }
}
