import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TenantColumns } from '../tenant-columns';

/**
 * An API key. The value is kept (AWS returns it with includeValue); its sha256 is unique across all
 * accounts because the data plane finds keys by that hash alone.
 */
@Entity('api_keys')
@Index(['accountId', 'region', 'createdDate', 'id'])
export class ApiKeyEntity extends TenantColumns {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  id!: string;

  @Column({ type: 'varchar', length: 1024, nullable: true })
  name!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 128 })
  value!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  valueSha256!: string;

  @Column({ type: 'boolean', default: false })
  enabled!: boolean;

  @Column({ type: 'varchar', length: 1024, nullable: true })
  customerId!: string | null;

  /** Legacy `{restApiId}/{stageName}` entries. */
  @Column({ type: 'jsonb' })
  stageKeys!: string[];

  @Column({ type: 'jsonb' })
  tags!: Record<string, string>;

  @Column({ type: 'timestamptz', precision: 3 })
  createdDate!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  lastUpdatedDate!: Date;
}
