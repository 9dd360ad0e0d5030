import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written (TypeORM cannot express GIN indexes, operator classes or storage parameters) for the public
 * search (modules/search, docs/search.md); the entities declare these indexes with `synchronize: false`.
 *
 * - `pg_trgm` (a trusted extension of PostgreSQL ≥ 13; loaded by the embedded PGlite too) for correcting
 *   typos against the vocabulary.
 * - `search_documents` keeps its heap rows narrow (`toast_tuple_target = 128`: text and lexemes go to TOAST),
 *   so a bitmap over thousands of matches touches few pages.
 * - The GIN index over the ready-made lexemes. New rows wait in a small pending list (512 kB) and are merged
 *   into the index by the write that overflows it or by vacuum: publishing stays cheap, and a search never
 *   scans a long unsorted list.
 * - A trigram index over the vocabulary.
 *
 * The documents themselves are written by the application: the scheduler's first pass after start indexes
 * every published item that has none (SearchIndexer.backfill), so existing sites become searchable without
 * a step by hand.
 */
export class SearchIndexes1796497495000 implements MigrationInterface {
  name = 'SearchIndexes1796497495000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await q.query('ALTER TABLE search_documents SET (toast_tuple_target = 128)');
    await q.query(
      'CREATE INDEX ix_search_documents_lexemes ON search_documents USING gin (lexemes) WITH (fastupdate = on, gin_pending_list_limit = 512)',
    );
    await q.query('CREATE INDEX ix_search_words_trgm ON search_words USING gin (word gin_trgm_ops)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX ix_search_words_trgm');
    await q.query('DROP INDEX ix_search_documents_lexemes');
    await q.query('ALTER TABLE search_documents RESET (toast_tuple_target)');
    // pg_trgm stays: other objects may use it by now, and it costs nothing unused.
  }
}
