import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { MethodChildColumns } from '../method-child-columns';
import { IntegrationEntity } from './integration.entity';

/** An integration response (PutIntegrationResponse); removed with its integration. */
@Entity('integration_responses')
@Index(['restApiId'])
@ForeignKey(() => IntegrationEntity, ['resourceId', 'httpMethod'], ['resourceId', 'httpMethod'], { onDelete: 'CASCADE' })
export class IntegrationResponseEntity extends MethodChildColumns {
  @PrimaryColumn({ type: 'varchar', length: 3 })
  statusCode!: string;

  @Column({ type: 'text', nullable: true })
  selectionPattern!: string | null;

  @Column({ type: 'jsonb' })
  responseParameters!: Record<string, string>;

  @Column({ type: 'jsonb' })
  responseTemplates!: Record<string, string>;

  @Column({ type: 'varchar', length: 32, nullable: true })
  contentHandling!: string | null;
}
