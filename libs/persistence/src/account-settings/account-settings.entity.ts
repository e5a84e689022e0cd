import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';

/** AWS's per-account API Gateway settings (GetAccount/UpdateAccount); no row means AWS's defaults. */
@Entity('account_settings')
export class AccountSettingsEntity {
  @ForeignKey(() => AccountEntity, { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'varchar', length: 12 })
  accountId!: string;

  @Column({ type: 'integer' })
  throttleBurstLimit!: number;

  @Column({ type: 'double precision' })
  throttleRateLimit!: number;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  cloudwatchRoleArn!: string | null;

  @Column({ type: 'jsonb' })
  features!: string[];

  @Column({ type: 'timestamptz', precision: 3 })
  lastUpdatedDate!: Date;
}
