import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { RestApiEntity } from '../rest-apis/rest-api.entity';

/** A REST API's request validator (CreateRequestValidator); methods point at it by id. */
@Entity('request_validators')
@Index(['restApiId', 'createdDate', 'id'])
export class RequestValidatorEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  id!: string;

  @ForeignKey(() => AccountEntity, { onDelete: 'CASCADE' })
  @Column({ type: 'varchar', length: 12 })
  accountId!: string;

  @Column({ type: 'varchar', length: 32 })
  region!: string;

  @ForeignKey(() => RestApiEntity, { onDelete: 'CASCADE' })
  @Column({ type: 'varchar', length: 10 })
  restApiId!: string;

  @Column({ type: 'varchar', length: 1024, nullable: true })
  name!: string | null;

  @Column({ type: 'boolean', default: false })
  validateRequestBody!: boolean;

  @Column({ type: 'boolean', default: false })
  validateRequestParameters!: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdDate!: Date;
}
