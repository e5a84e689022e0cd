import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TenantColumns } from '../tenant-columns';

/** One mutating management call, successful or not (CloudTrail-like). Secrets are removed before storing. */
@Entity('audit_events')
@Index(['accountId', 'eventTime', 'id'])
export class AuditEventEntity extends TenantColumns {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'varchar', length: 128 })
  accessKeyId!: string;

  /** AWS action name, e.g. `CreateRestApi`. */
  @Column({ type: 'varchar', length: 128 })
  eventName!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  eventTime!: Date;

  @Column({ type: 'varchar', length: 8 })
  httpMethod!: string;

  @Column({ type: 'varchar', length: 2048 })
  path!: string;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  resourceArn!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  requestParameters!: Record<string, unknown> | null;

  @Column({ type: 'integer' })
  statusCode!: number;

  @Column({ type: 'varchar', length: 128, nullable: true })
  errorCode!: string | null;

  @Column({ type: 'text', nullable: true })
  errorMessage!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  sourceIpAddress!: string | null;

  @Column({ type: 'varchar', length: 1024, nullable: true })
  userAgent!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId!: string | null;
}
