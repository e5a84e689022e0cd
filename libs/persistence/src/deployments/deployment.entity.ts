import type { Snapshot } from '@tollgate/model';
import { Column, Entity, Index } from 'typeorm';
import { ApiChildColumns } from '../api-child-columns';

/** A deployment: the compiled, immutable snapshot CreateDeployment froze, plus its content hash. */
@Entity('deployments')
@Index(['restApiId', 'createdDate', 'id'])
export class DeploymentEntity extends ApiChildColumns {
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'jsonb' })
  snapshot!: Snapshot;

  /** sha256 hex of the snapshot's canonical JSON (equals `snapshot.hash`). */
  @Column({ type: 'varchar', length: 64 })
  snapshotHash!: string;

  /** Set by the service (not the database) so it equals the snapshot's createdDate. */
  @Column({ type: 'timestamptz', precision: 3 })
  createdDate!: Date;
}
