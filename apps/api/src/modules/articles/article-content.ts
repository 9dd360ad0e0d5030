import { Column } from 'typeorm';

/**
 * The editable content of an article, embedded in the article (its working copy) and in every revision
 * (a full snapshot), so a revision can be shown, compared and restored on its own.
 */
export class ArticleContent {
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;

  /** Sanitised HTML. */
  @Column({ type: 'text', default: '' })
  body!: string;

  @Column({ type: 'uuid', nullable: true })
  categoryId!: string | null;

  /** Subject field (lĩnh vực): decides which editor may verify. */
  @Column({ type: 'uuid', nullable: true })
  fieldId!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'tin' })
  kind!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  @Column({ type: 'boolean', default: false })
  featured!: boolean;

  @Column({ type: 'uuid', nullable: true })
  coverMediaId!: string | null;

  /** Provenance (QC Điều 11, Mẫu cung cấp thông tin): who wrote it and where they can be found. */
  @Column({ type: 'varchar', length: 200, default: '' })
  authorName!: string;

  @Column({ type: 'varchar', length: 300, default: '' })
  authorAddress!: string;

  @Column({ type: 'varchar', length: 20, default: 'original' })
  origin!: string;

  /** For collected material: the source or references, and who collected it. */
  @Column({ type: 'text', nullable: true })
  sourceReference!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  collectorName!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  collectorAddress!: string | null;
}

export const CONTENT_KEYS = [
  'title',
  'summary',
  'body',
  'categoryId',
  'fieldId',
  'kind',
  'tags',
  'featured',
  'coverMediaId',
  'authorName',
  'authorAddress',
  'origin',
  'sourceReference',
  'collectorName',
  'collectorAddress',
] as const satisfies readonly (keyof ArticleContent)[];

export function pickContent(from: ArticleContent): ArticleContent {
  const out = new ArticleContent();
  for (const k of CONTENT_KEYS) (out as unknown as Record<string, unknown>)[k] = from[k];
  return out;
}
