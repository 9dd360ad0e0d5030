import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-in counters, one row per key (`address:<ip>`, `account-address:<sha256 of email and ip>`,
 * `account:<email>`, `reset:<ip>`, `reset-account:<email>`). Kept in the database so every API process sees
 * the same counts.
 */
@Entity('login_throttle')
export class LoginThrottleEntity {
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key!: string;

  @Column({ type: 'integer' })
  failures!: number;

  @Column({ type: 'timestamptz' })
  windowStartedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  blockedUntil!: Date | null;
}
