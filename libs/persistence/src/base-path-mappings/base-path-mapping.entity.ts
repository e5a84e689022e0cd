import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { TenantColumns } from '../tenant-columns';
import { DomainNameEntity } from '../domain-names/domain-name.entity';
import { RestApiEntity } from '../rest-apis/rest-api.entity';

/** Maps `{domainName}/{basePath}` to a REST API (and optionally one stage). The empty base path is AWS's `(none)`. */
@Entity('base_path_mappings')
@Index(['restApiId'])
export class BasePathMappingEntity extends TenantColumns {
  @ForeignKey(() => DomainNameEntity, { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'varchar', length: 255 })
  domainName!: string;

  @PrimaryColumn({ type: 'varchar', length: 1024 })
  basePath!: string;

  /** Deleting the API removes its mappings, as AWS does. */
  @ForeignKey(() => RestApiEntity, { onDelete: 'CASCADE' })
  @Column({ type: 'varchar', length: 10 })
  restApiId!: string;

  @Column({ type: 'varchar', length: 128, nullable: true })
  stage!: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  createdDate!: Date;
}
