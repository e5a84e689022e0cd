import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * An AWS-style account (tenant). Accounts and access keys are global, like IAM, so these two identity
 * tables carry no region; everything else is scoped by account and region.
 */
@Entity('accounts')
export class AccountEntity {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  accountId!: string;

  @Column({ type: 'varchar', length: 256, nullable: true })
  name!: string | null;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdDate!: Date;
}
