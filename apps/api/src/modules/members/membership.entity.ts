import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { SiteRole } from '@congxa/shared/authz';
import { FieldEntity } from '../fields/field.entity';
import { SiteEntity } from '../sites/site.entity';
import { UserEntity } from '../users/user.entity';

@Entity('memberships')
@Index('uq_memberships_site_user', ['siteId', 'userId'], { unique: true })
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  siteId!: string;

  @ManyToOne(() => SiteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'site_id' })
  site?: SiteEntity;

  @Index('ix_memberships_user')
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 20 })
  role!: SiteRole;

  /** Cán bộ, công chức (true) or volunteer (false): staff submissions come first in intake (QC Điều 12.2). */
  @Column({ type: 'boolean', default: false })
  isStaff!: boolean;

  @ManyToMany(() => FieldEntity)
  @JoinTable({
    name: 'membership_fields',
    joinColumn: { name: 'membership_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'field_id', referencedColumnName: 'id' },
  })
  fields?: FieldEntity[];

  @VersionColumn({ default: 1 })
  revision!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
