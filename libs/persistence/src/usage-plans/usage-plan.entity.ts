import type { QuotaSettings, ThrottleSettings } from '@tollgate/model';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TenantColumns } from '../tenant-columns';

/** One API stage of a usage plan; `throttle` is keyed `{resourcePath}/{HTTP_METHOD}`. */
export interface UsagePlanApiStageValue {
  apiId: string;
  stage: string;
  throttle?: Record<string, ThrottleSettings>;
}

@Entity('usage_plans')
@Index(['accountId', 'region', 'createdDate', 'id'])
export class UsagePlanEntity extends TenantColumns {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  id!: string;

  @Column({ type: 'varchar', length: 1024 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  throttle!: ThrottleSettings | null;

  @Column({ type: 'jsonb', nullable: true })
  quota!: QuotaSettings | null;

  @Column({ type: 'jsonb' })
  apiStages!: UsagePlanApiStageValue[];

  @Column({ type: 'varchar', length: 1024, nullable: true })
  productCode!: string | null;

  @Column({ type: 'jsonb' })
  tags!: Record<string, string>;

  @Column({ type: 'timestamptz', precision: 3 })
  createdDate!: Date;
}
