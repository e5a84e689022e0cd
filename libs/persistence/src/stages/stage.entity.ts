import type { StageCanarySettings, StageMethodSetting } from '@tollgate/model';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { TenantColumns } from '../tenant-columns';
import { DeploymentEntity } from '../deployments/deployment.entity';
import { RestApiEntity } from '../rest-apis/rest-api.entity';

export interface AccessLogSettingsValue {
  format?: string;
  destinationArn?: string;
}

/** A stage: the mutable pointer to a deployment plus settings applied without a redeploy. */
@Entity('stages')
@Index(['deploymentId'])
export class StageEntity extends TenantColumns {
  @ForeignKey(() => RestApiEntity, { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'varchar', length: 10 })
  restApiId!: string;

  @PrimaryColumn({ type: 'varchar', length: 128 })
  stageName!: string;

  /** No cascade: AWS refuses to delete a deployment a stage still points to. */
  @ForeignKey(() => DeploymentEntity)
  @Column({ type: 'varchar', length: 10 })
  deploymentId!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'jsonb' })
  variables!: Record<string, string>;

  /** Keyed like StageRecord: `*\/*` or `{resourcePath}/{HTTP_METHOD}` with the path unescaped. */
  @Column({ type: 'jsonb' })
  methodSettings!: Record<string, StageMethodSetting>;

  @Column({ type: 'boolean', default: false })
  cacheClusterEnabled!: boolean;

  @Column({ type: 'varchar', length: 8, nullable: true })
  cacheClusterSize!: string | null;

  @Column({ type: 'boolean', default: false })
  tracingEnabled!: boolean;

  @Column({ type: 'jsonb', nullable: true })
  canarySettings!: StageCanarySettings | null;

  @Column({ type: 'jsonb', nullable: true })
  accessLogSettings!: AccessLogSettingsValue | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  clientCertificateId!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  documentationVersion!: string | null;

  @Column({ type: 'jsonb' })
  tags!: Record<string, string>;

  @Column({ type: 'timestamptz', precision: 3 })
  createdDate!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  lastUpdatedDate!: Date;
}
