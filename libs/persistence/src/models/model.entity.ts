import { Column, CreateDateColumn, Entity, Index, Unique } from 'typeorm';
import { ApiChildColumns } from '../api-child-columns';

/** A REST API's model (CreateModel): a named JSON schema, unique by name within the API. */
@Entity('models')
@Index(['restApiId', 'createdDate', 'id'])
@Unique(['restApiId', 'name'])
export class ModelEntity extends ApiChildColumns {
  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 256 })
  contentType!: string;

  /** Kept as the caller's string (AWS returns it verbatim); parsed when a deployment freezes it. */
  @Column({ type: 'text', nullable: true })
  schema!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdDate!: Date;
}
