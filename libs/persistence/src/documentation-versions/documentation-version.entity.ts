import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
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
export class DocumentationVersionEntity {
  @ForeignKey(() => RestApiEntity, { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'varchar', length: 10 })
  restApiId!: string;

  @PrimaryColumn({ type: 'varchar', length: 1024 })
  version!: string;

  @ForeignKey(() => AccountEntity, { onDelete: 'CASCADE' })
  @Column({ type: 'varchar', length: 12 })
  accountId!: string;

  @Column({ type: 'varchar', length: 32 })
  region!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'jsonb' })
  parts!: FrozenDocumentationPart[];

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdDate!: Date;
}
