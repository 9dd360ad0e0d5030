import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ArticleContent } from './article-content';
import { ArticleEntity } from './article.entity';

/** A saved version of an article's content. Never changed; restoring one makes a new revision. */
@Entity('article_revisions')
@Index('uq_article_revisions_number', ['articleId', 'number'], { unique: true })
export class ArticleRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  articleId!: string;

  @ManyToOne(() => ArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: ArticleEntity;

  @Column({ type: 'uuid' })
  siteId!: string;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'integer' })
  edition!: number;

  @Column({ type: 'varchar', length: 160 })
  slug!: string;

  @Column(() => ArticleContent, { prefix: false })
  content!: ArticleContent;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  /** Why this revision exists: "create", "edit", "restore:<n>", "edition". */
  @Column({ type: 'varchar', length: 40, default: 'edit' })
  reason!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
