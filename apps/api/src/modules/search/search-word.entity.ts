import { Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The vocabulary of the search: every folded word (`quyet`, `ubnd`) of every document ever indexed, in all
 * sites. When a search finds little, its words that are not here are corrected to the nearest ones here by
 * trigram similarity (pg_trgm; the GIN index is hand-written, migration SearchIndexes). Words are never
 * removed: a word that has left every document corrects to nothing found, which is the truth.
 */
@Entity('search_words')
export class SearchWordEntity {
  @Index('ix_search_words_trgm', { synchronize: false })
  @PrimaryColumn({ type: 'varchar', length: 60 })
  word!: string;
}
