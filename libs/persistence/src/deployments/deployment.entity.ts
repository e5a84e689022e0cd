import type { Snapshot } from '@tollgate/model';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { RestApiEntity } from '../rest-apis/rest-api.entity';

/** A deployment: the compiled, immutable snapshot CreateDeployment froze, plus its content hash. */
@Entity('deployments')
@Index(['restApiId', 'createdDate', 'id'])
export class DeploymentEntity {
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
