import { Column, PrimaryColumn } from 'typeorm';
import { TenantColumns } from './tenant-columns';

/**
 * Column base for rows keyed by their method (integrations, integration and method responses).
 * `restApiId` carries no foreign key of its own: the row already goes with its method.
 */
export abstract class MethodChildColumns extends TenantColumns {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  resourceId!: string;

  /** The method's verb (part of the key). */
  @PrimaryColumn({ type: 'varchar', length: 7 })
  httpMethod!: string;

  @Column({ type: 'varchar', length: 10 })
  restApiId!: string;
}
