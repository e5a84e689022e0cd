import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { AccountEntity } from './account.entity';

/** A SigV4 credential: the access key id finds the account, the secret verifies the signature. */
@Entity('access_keys')
export class AccessKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 128 })
  accessKeyId!: string;

  @Column({ type: 'varchar', length: 128 })
  secretAccessKey!: string;

  @Index()
  @ForeignKey(() => AccountEntity, { onDelete: 'CASCADE' })
  @Column({ type: 'varchar', length: 12 })
  accountId!: string;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdDate!: Date;
}
