import { Column, CreateDateColumn, Entity, Index, Unique } from 'typeorm';
import { ApiChildColumns } from '../api-child-columns';

/** Where a documentation part applies (AWS `DocumentationPartLocation`, defaults filled in). */
export interface DocumentationLocationValue {
  type: string;
  path?: string;
  method?: string;
  statusCode?: string;
  name?: string;
}

/** A documentation part of a REST API; one per location. */
@Entity('documentation_parts')
@Index(['restApiId', 'createdDate', 'id'])
@Unique(['restApiId', 'locationKey'])
export class DocumentationPartEntity extends ApiChildColumns {
  @Column({ type: 'jsonb' })
  location!: DocumentationLocationValue;

  /** The location as one canonical string, so the database enforces one part per location. */
  @Column({ type: 'text' })
  locationKey!: string;

  /** A JSON object as the caller's string (AWS returns it verbatim). */
  @Column({ type: 'text' })
  properties!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdDate!: Date;
}
