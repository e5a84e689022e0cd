import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { RestApiEntity } from '../rest-apis/rest-api.entity';

/** A REST API's model (CreateModel): a named JSON schema, unique by name within the API. */
@Entity('models')
@Index(['restApiId', 'createdDate', 'id'])
@Unique(['restApiId', 'name'])
export class ModelEntity {
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
