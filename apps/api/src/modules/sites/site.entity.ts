import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

@Entity('sites')
export class SiteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** 5-digit commune code (Decision 19/2025/QĐ-TTg), never reused. */
  @Index('uq_sites_code', { unique: true })
  @Column({ type: 'char', length: 5 })
  code!: string;

  @Index('uq_sites_slug', { unique: true })
  @Column({ type: 'varchar', length: 60 })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Host names that resolve to this site (unique across sites, enforced in the service and by a trigger-free check). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  domains!: string[];

  /**
   * What the chief sets for the portal: the identification footer and the notice banner (SiteSettings in
   * @congxa/shared/dto/sites; absent keys are unset). Its own revision: the platform admin's edits of the
   * site (`revision`) and the chief's of these never conflict.
   */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  settings!: Record<string, string>;

  @Column({ type: 'integer', default: 1 })
  settingsRevision!: number;

  @Column({ type: 'timestamptz', nullable: true })
  settingsUpdatedAt!: Date | null;

  @VersionColumn({ default: 1 })
  revision!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
