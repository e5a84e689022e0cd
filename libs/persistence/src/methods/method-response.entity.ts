import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { MethodChildColumns } from '../method-child-columns';
import { MethodEntity } from './method.entity';

/** A method response (PutMethodResponse); removed with its method. */
@Entity('method_responses')
@Index(['restApiId'])
@ForeignKey(() => MethodEntity, ['resourceId', 'httpMethod'], ['resourceId', 'httpMethod'], { onDelete: 'CASCADE' })
export class MethodResponseEntity extends MethodChildColumns {
  @PrimaryColumn({ type: 'varchar', length: 3 })
  statusCode!: string;

  /** `method.response.header.{name}` -> required */
  @Column({ type: 'jsonb' })
  responseParameters!: Record<string, boolean>;

  /** content type -> model name */
  @Column({ type: 'jsonb' })
  responseModels!: Record<string, string>;
}
