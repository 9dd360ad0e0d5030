import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Installation-wide values the system generates for itself (e.g. the token signing secret). */
@Entity('system_settings')
export class SystemSettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key!: string;

  @Column({ type: 'text' })
  value!: string;
}
