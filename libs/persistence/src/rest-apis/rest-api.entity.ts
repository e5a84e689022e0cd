import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { TenantColumns } from '../tenant-columns';

export interface EndpointConfigurationValue {
  types: string[];
  vpcEndpointIds?: string[];
}

@Entity('rest_apis')
@Index(['accountId', 'region', 'createdDate', 'id'])
export class RestApiEntity extends TenantColumns {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  id!: string;

  @Column({ type: 'varchar', length: 1024 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 1024, nullable: true })
  version!: string | null;

  @Column({ type: 'jsonb' })
  binaryMediaTypes!: string[];

  @Column({ type: 'varchar', length: 32, default: 'HEADER' })
  apiKeySource!: string;

  @Column({ type: 'integer', nullable: true })
  minimumCompressionSize!: number | null;

  @Column({ type: 'jsonb' })
  endpointConfiguration!: EndpointConfigurationValue;

  @Column({ type: 'text', nullable: true })
  policy!: string | null;

  @Column({ type: 'boolean', default: false })
  disableExecuteApiEndpoint!: boolean;

  @Column({ type: 'jsonb' })
  tags!: Record<string, string>;

  /** Set in the same transaction that creates the root resource; no FK to avoid a creation cycle. */
  @Column({ type: 'varchar', length: 10 })
  rootResourceId!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdDate!: Date;
}
