import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { TenantColumns } from '../tenant-columns';
import { RestApiEntity } from '../rest-apis/rest-api.entity';

/** A node of an API's path tree. The root has no parent and no path part; its path is `/`. */
@Entity('resources')
@Index(['restApiId', 'createdDate', 'id'])
@Unique(['parentId', 'pathPart'])
// AWS allows one variable ({x} or {x+}) child per parent; the index makes that hold under concurrent creates.
@Index('uq_resources_variable_child', ['parentId'], { unique: true, where: `"path_part" LIKE '{%'` })
export class ResourceEntity extends TenantColumns {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  id!: string;

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
