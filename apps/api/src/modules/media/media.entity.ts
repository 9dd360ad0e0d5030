import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { MediaKind } from '@congxa/shared/dto/media';
import { SiteEntity } from '../sites/site.entity';
import { UserEntity } from '../users/user.entity';

/** One public, cleaned file of a media item, as kept in `media.variants`. */
export interface StoredVariant {
  /** `w320.webp` … `w1280.jpg` for images, `file` for documents. */
  name: string;
  mimeType: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  /** SHA-256 (hex) of the file's bytes: its ETag. */
  sha256: string;
}

/**
 * An image or document of the site's library. The original is archived unchanged in private storage
 * (`originals/…`, never served); the public gets only the files listed in `variants`. The same file
 * (same SHA-256) is kept once per site.
 */
@Entity('media')
@Check('ck_media_text_reading', `"text_reading" IS NULL OR "text_reading" IN ('full', 'partial', 'scanned', 'unreadable')`)
@Index('uq_media_site_sha256', ['siteId', 'sha256'], { unique: true })
@Index('ix_media_site_created', ['siteId', 'createdAt'])
export class MediaEntity {
  /** Assigned before the files are written (their keys carry it). */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  siteId!: string;

  @ManyToOne(() => SiteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'site_id' })
  site?: SiteEntity;

  @Column({ type: 'varchar', length: 16 })
  kind!: MediaKind;

  /** Sniffed from the bytes, never taken from the upload's declared type. */
  @Column({ type: 'varchar', length: 100 })
  mimeType!: string;

  /** The uploaded name, cleaned: no folders, no control characters. */
  @Column({ type: 'varchar', length: 255 })
  originalName!: string;

  @Column({ type: 'integer' })
  sizeBytes!: number;

  /** SHA-256 (hex) of the original bytes. */
  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ type: 'integer', nullable: true })
  width!: number | null;

  @Column({ type: 'integer', nullable: true })
  height!: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  variants!: StoredVariant[];

  /** Null until someone writes it (trimmed, 1–300 characters). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  altText!: string | null;

  /** Caption shown under the image (trimmed, 1–500 characters), null for none. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  caption!: string | null;

  /**
   * A document's readable text (PDF, DOCX), read once at upload for search and the classification scan;
   * not loaded with the row (it can be long): see MediaRepository.documentTexts.
   */
  @Column({ type: 'text', nullable: true, select: false })
  textContent?: string | null;

  /** How well the text was read: full, partial (past the reader's limits), scanned (page images), unreadable; null: not read yet (images, or rows older than the column). */
  @Column({ type: 'varchar', length: 16, nullable: true })
  textReading!: 'full' | 'partial' | 'scanned' | 'unreadable' | null;

  @Column({ type: 'uuid', nullable: true })
  uploadedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'uploaded_by_id' })
  uploadedBy?: UserEntity | null;

  @VersionColumn({ default: 1 })
  revision!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
