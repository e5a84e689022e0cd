import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { TenantColumns } from '../tenant-columns';
import { ApiKeyEntity } from '../api-keys/api-key.entity';
import { UsagePlanEntity } from './usage-plan.entity';

/** An API key attached to a usage plan (AWS's UsagePlanKey, keyType API_KEY). */
@Entity('usage_plan_keys')
export class UsagePlanKeyEntity extends TenantColumns {
  @ForeignKey(() => UsagePlanEntity, { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'varchar', length: 10 })
  usagePlanId!: string;

  @Index()
  @ForeignKey(() => ApiKeyEntity, { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'varchar', length: 10 })
  keyId!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  createdDate!: Date;
}
