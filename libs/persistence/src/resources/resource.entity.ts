import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { RestApiEntity } from '../rest-apis/rest-api.entity';

/** A node of an API's path tree. The root has no parent and no path part; its path is `/`. */
@Entity('resources')
@Index(['restApiId', 'createdDate', 'id'])
@Unique(['parentId', 'pathPart'])
// AWS allows one variable ({x} or {x+}) child per parent; the index makes that hold under concurrent creates.
@Index('uq_resources_variable_child', ['parentId'], { unique: true, where: `"path_part" LIKE '{%'` })
export class ResourceEntity {
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

  @ForeignKey(() => ResourceEntity, { onDelete: 'CASCADE' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  parentId!: string | null;

  @Column({ type: 'varchar', length: 1024, nullable: true })
  pathPart!: string | null;

  @Column({ type: 'text' })
  path!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdDate!: Date;
}
