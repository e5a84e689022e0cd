import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { MethodChildColumns } from '../method-child-columns';
import { MethodEntity } from '../methods/method.entity';

export interface TlsConfigValue {
  insecureSkipVerification?: boolean;
}

/** A method's integration request (PutIntegration); removed with its method. */
@Entity('integrations')
@Index(['restApiId'])
@ForeignKey(() => MethodEntity, ['resourceId', 'httpMethod'], ['resourceId', 'httpMethod'], { onDelete: 'CASCADE' })
export class IntegrationEntity extends MethodChildColumns {
  /** HTTP, HTTP_PROXY, MOCK, AWS or AWS_PROXY. */
  @Column({ type: 'varchar', length: 16 })
  type!: string;

  /** The integration's own verb (`httpMethod` is the method's, part of the key). */
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
