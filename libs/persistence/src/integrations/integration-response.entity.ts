import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { IntegrationEntity } from './integration.entity';

/** An integration response (PutIntegrationResponse); removed with its integration. */
@Entity('integration_responses')
@Index(['restApiId'])
@ForeignKey(() => IntegrationEntity, ['resourceId', 'httpMethod'], ['resourceId', 'httpMethod'], { onDelete: 'CASCADE' })
export class IntegrationResponseEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  resourceId!: string;

  @PrimaryColumn({ type: 'varchar', length: 7 })
  httpMethod!: string;

  @PrimaryColumn({ type: 'varchar', length: 3 })
  statusCode!: string;

  @ForeignKey(() => AccountEntity, { onDelete: 'CASCADE' })
  @Column({ type: 'varchar', length: 12 })
  accountId!: string;

  @Column({ type: 'varchar', length: 32 })
  region!: string;

  @Column({ type: 'varchar', length: 10 })
  restApiId!: string;

  @Column({ type: 'text', nullable: true })
  selectionPattern!: string | null;

  @Column({ type: 'jsonb' })
  responseParameters!: Record<string, string>;

  @Column({ type: 'jsonb' })
  responseTemplates!: Record<string, string>;

  @Column({ type: 'varchar', length: 32, nullable: true })
  contentHandling!: string | null;
}
