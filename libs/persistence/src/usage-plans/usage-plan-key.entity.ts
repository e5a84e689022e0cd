import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { ApiKeyEntity } from '../api-keys/api-key.entity';
import { UsagePlanEntity } from './usage-plan.entity';

/** An API key attached to a usage plan (AWS's UsagePlanKey, keyType API_KEY). */
@Entity('usage_plan_keys')
export class UsagePlanKeyEntity {
  @ForeignKey(() => UsagePlanEntity, { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'varchar', length: 10 })
  usagePlanId!: string;

  @Index()
  @ForeignKey(() => ApiKeyEntity, { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'varchar', length: 10 })
  keyId!: string;

  @ForeignKey(() => AccountEntity, { onDelete: 'CASCADE' })
  @Column({ type: 'varchar', length: 12 })
  accountId!: string;

  @Column({ type: 'varchar', length: 32 })
  region!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  createdDate!: Date;
}
