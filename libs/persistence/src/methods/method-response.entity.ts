import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { MethodEntity } from './method.entity';

/** A method response (PutMethodResponse); removed with its method. */
@Entity('method_responses')
@Index(['restApiId'])
@ForeignKey(() => MethodEntity, ['resourceId', 'httpMethod'], ['resourceId', 'httpMethod'], { onDelete: 'CASCADE' })
export class MethodResponseEntity {
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

  /** `method.response.header.{name}` -> required */
  @Column({ type: 'jsonb' })
  responseParameters!: Record<string, boolean>;

  /** content type -> model name */
  @Column({ type: 'jsonb' })
  responseModels!: Record<string, string>;
}
