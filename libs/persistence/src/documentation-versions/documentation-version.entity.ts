import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { TenantColumns } from '../tenant-columns';
import type { DocumentationLocationValue } from '../documentation-parts/documentation-part.entity';
import { RestApiEntity } from '../rest-apis/rest-api.entity';

/** One documentation part as a version froze it. */
export interface FrozenDocumentationPart {
  id: string;
  location: DocumentationLocationValue;
  properties: string;
}

/** A published documentation version: an immutable copy of the API's parts at creation. */
@Entity('documentation_versions')
export class DocumentationVersionEntity extends TenantColumns {
  @ForeignKey(() => RestApiEntity, { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'varchar', length: 10 })
  restApiId!: string;

  @PrimaryColumn({ type: 'varchar', length: 1024 })
  version!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'jsonb' })
  parts!: FrozenDocumentationPart[];

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdDate!: Date;
}
