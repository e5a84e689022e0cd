import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { ApiChildColumns } from '../api-child-columns';

/** A REST API's request validator (CreateRequestValidator); methods point at it by id. */
@Entity('request_validators')
@Index(['restApiId', 'createdDate', 'id'])
export class RequestValidatorEntity extends ApiChildColumns {
  @Column({ type: 'varchar', length: 1024, nullable: true })
  name!: string | null;

  @Column({ type: 'boolean', default: false })
  validateRequestBody!: boolean;

  @Column({ type: 'boolean', default: false })
  validateRequestParameters!: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdDate!: Date;
}
