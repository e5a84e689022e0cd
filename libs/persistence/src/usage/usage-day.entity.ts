import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';

const bigintNumber = { to: (value: number) => value, from: (value: string | number) => Number(value) };

/**
 * Requests one key made through one API stage on one UTC day, as written by usage-flush: absolute
 * counts, so a re-run flush overwrites rather than adds. No FK to plans or keys: usage outlives them
 * for billing. `apiStage` may be the QUOTA_ADJUSTMENT pseudo stage.
 */
@Entity('usage_days')
@Index(['accountId', 'day'])
export class UsageDayEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  usagePlanId!: string;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  keyId!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @PrimaryColumn({ type: 'varchar', length: 160 })
  apiStage!: string;

  @ForeignKey(() => AccountEntity, { onDelete: 'CASCADE' })
  @Column({ type: 'varchar', length: 12 })
  accountId!: string;

  @Column({ type: 'bigint', transformer: bigintNumber })
  count!: number;

  @Column({ type: 'timestamptz', precision: 3 })
  flushedAt!: Date;
}
