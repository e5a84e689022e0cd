import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { TenantColumns } from '../tenant-columns';
import { RestApiEntity } from '../rest-apis/rest-api.entity';

/** A customised gateway response (PutGatewayResponse). Types without a row answer with AWS's defaults. */
@Entity('gateway_responses')
export class GatewayResponseEntity extends TenantColumns {
  @ForeignKey(() => RestApiEntity, { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'varchar', length: 10 })
  restApiId!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  responseType!: string;

  @Column({ type: 'varchar', length: 3, nullable: true })
  statusCode!: string | null;

  @Column({ type: 'jsonb' })
  responseParameters!: Record<string, string>;

  @Column({ type: 'jsonb' })
  responseTemplates!: Record<string, string>;
}
