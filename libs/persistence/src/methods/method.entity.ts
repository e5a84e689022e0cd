import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { TenantColumns } from '../tenant-columns';
import { ResourceEntity } from '../resources/resource.entity';
import { RestApiEntity } from '../rest-apis/rest-api.entity';

/** A resource's method request (PutMethod). One per (resource, verb). */
@Entity('methods')
@Index(['restApiId'])
export class MethodEntity extends TenantColumns {
  @ForeignKey(() => ResourceEntity, { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'varchar', length: 10 })
  resourceId!: string;

  /** GET, POST, ... or ANY. */
  @PrimaryColumn({ type: 'varchar', length: 7 })
  httpMethod!: string;

  @ForeignKey(() => RestApiEntity, { onDelete: 'CASCADE' })
  @Column({ type: 'varchar', length: 10 })
  restApiId!: string;

  @Column({ type: 'varchar', length: 32 })
  authorizationType!: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  authorizerId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  authorizationScopes!: string[] | null;

  @Column({ type: 'boolean', default: false })
  apiKeyRequired!: boolean;

  @Column({ type: 'varchar', length: 1024, nullable: true })
  operationName!: string | null;

  /** `method.request.{location}.{name}` -> required */
  @Column({ type: 'jsonb' })
  requestParameters!: Record<string, boolean>;

  /** content type -> model name */
  @Column({ type: 'jsonb' })
  requestModels!: Record<string, string>;

  @Column({ type: 'varchar', length: 10, nullable: true })
  requestValidatorId!: string | null;
}
