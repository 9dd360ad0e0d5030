import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { CategoryEntity } from '../categories/category.entity';
import { SiteEntity } from '../sites/site.entity';
import { UserEntity } from '../users/user.entity';

/**
 * The article as far as the platform foundation needs it (demo content and the public list). The
 * editorial workflow (provenance, editions, transitions) extends it.
 */
@Entity('articles')
@Index('uq_articles_site_slug', ['siteId', 'slug'], { unique: true })
@Index('ix_articles_site_status_published', ['siteId', 'status', 'publishedAt'])
export class ArticleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  siteId!: string;

  @ManyToOne(() => SiteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'site_id' })
  site?: SiteEntity;

  @Column({ type: 'uuid', nullable: true })
  categoryId!: string | null;

  @ManyToOne(() => CategoryEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'category_id' })
  category?: CategoryEntity | null;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity | null;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'varchar', length: 160 })
  slug!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;

  /** Sanitised HTML. */
  @Column({ type: 'text', default: '' })
  body!: string;

  @Column({ type: 'varchar', length: 30, default: 'draft' })
  status!: string;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @VersionColumn({ default: 1 })
  revision!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
