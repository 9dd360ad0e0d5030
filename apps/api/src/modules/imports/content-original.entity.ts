import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ImportFormat } from '@congxa/shared/dto/imports';
import { ContentItemEntity } from '../publishing/content-item.entity';
import { SiteEntity } from '../sites/site.entity';
import { UserEntity } from '../users/user.entity';

/**
 * The file an item was imported from (.docx or .txt), archived unchanged as its provenance original:
 * the bytes live in private storage (`originals/<siteId>/imports/<id>`, never served), this row says what
 * they are. One per imported item.
 */
@Entity('content_originals')
@Index('uq_content_originals_item', ['itemId'], { unique: true })
@Index('ix_content_originals_site_sha256', ['siteId', 'sha256'])
export class ContentOriginalEntity {
  /** Assigned before the file is written (its storage key carries it). */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  siteId!: string;

  @ManyToOne(() => SiteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'site_id' })
  site?: SiteEntity;

  @Column({ type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => ContentItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: ContentItemEntity;

  @Column({ type: 'varchar', length: 16 })
  format!: ImportFormat;

  @Column({ type: 'varchar', length: 100 })
  mimeType!: string;

  /** The uploaded name, cleaned: no folders, no control characters. */
  @Column({ type: 'varchar', length: 255 })
  originalName!: string;

  @Column({ type: 'integer' })
  sizeBytes!: number;

  /** SHA-256 (hex) of the bytes received. */
  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ type: 'uuid', nullable: true })
  uploadedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'uploaded_by_id' })
  uploadedBy?: UserEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
