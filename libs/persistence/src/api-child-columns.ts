import { Column, ForeignKey, PrimaryColumn } from 'typeorm';
import { RestApiEntity } from './rest-apis/rest-api.entity';
import { TenantColumns } from './tenant-columns';

/** Column base for a REST API's own id-keyed children (authorizers, deployments, models, ...); removed with the API. */
export abstract class ApiChildColumns extends TenantColumns {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  id!: string;

  @ForeignKey(() => RestApiEntity, { onDelete: 'CASCADE' })
  @Column({ type: 'varchar', length: 10 })
  restApiId!: string;
}
