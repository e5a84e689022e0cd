import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { MethodEntity } from '../methods/method.entity';

export interface TlsConfigValue {
  insecureSkipVerification?: boolean;
}

/** A method's integration request (PutIntegration); removed with its method. */
@Entity('integrations')
@Index(['restApiId'])
@ForeignKey(() => MethodEntity, ['resourceId', 'httpMethod'], ['resourceId', 'httpMethod'], { onDelete: 'CASCADE' })
export class IntegrationEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  resourceId!: string;

  /** The method's verb (part of the key); the integration's own verb is `integrationHttpMethod`. */
  @PrimaryColumn({ type: 'varchar', length: 7 })
  httpMethod!: string;

  @ForeignKey(() => AccountEntity, { onDelete: 'CASCADE' })
  @Column({ type: 'varchar', length: 12 })
  accountId!: string;

  @Column({ type: 'varchar', length: 32 })
  region!: string;

  @Column({ type: 'varchar', length: 10 })
  restApiId!: string;

  /** HTTP, HTTP_PROXY, MOCK, AWS or AWS_PROXY. */
  @Column({ type: 'varchar', length: 16 })
  type!: string;

  @Column({ type: 'varchar', length: 7, nullable: true })
  integrationHttpMethod!: string | null;

  @Column({ type: 'text', nullable: true })
  uri!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  connectionType!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  connectionId!: string | null;

  @Column({ type: 'text', nullable: true })
  credentials!: string | null;

  @Column({ type: 'jsonb' })
  requestParameters!: Record<string, string>;

  @Column({ type: 'jsonb' })
  requestTemplates!: Record<string, string>;

  @Column({ type: 'varchar', length: 32, default: 'WHEN_NO_MATCH' })
  passthroughBehavior!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  contentHandling!: string | null;

  @Column({ type: 'integer', default: 29000 })
  timeoutInMillis!: number;

  @Column({ type: 'varchar', length: 1024, nullable: true })
  cacheNamespace!: string | null;

  @Column({ type: 'jsonb' })
  cacheKeyParameters!: string[];

  @Column({ type: 'jsonb', nullable: true })
  tlsConfig!: TlsConfigValue | null;
}
