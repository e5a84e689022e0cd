import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { RestApiEntity } from '../rest-apis/rest-api.entity';

/** A customised gateway response (PutGatewayResponse). Types without a row answer with AWS's defaults. */
@Entity('gateway_responses')
export class GatewayResponseEntity {
  @ForeignKey(() => RestApiEntity, { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'varchar', length: 10 })
  restApiId!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  responseType!: string;

  @ForeignKey(() => AccountEntity, { onDelete: 'CASCADE' })
  @Column({ type: 'varchar', length: 12 })
  accountId!: string;

  @Column({ type: 'varchar', length: 32 })
  region!: string;

  @Column({ type: 'varchar', length: 3, nullable: true })
  statusCode!: string | null;

  @Column({ type: 'jsonb' })
  responseParameters!: Record<string, string>;

  @Column({ type: 'jsonb' })
  responseTemplates!: Record<string, string>;
}
