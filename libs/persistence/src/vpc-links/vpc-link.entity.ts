import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';

/** A VPC link (stored only: Tollgate has no VPC to link, so a link is AVAILABLE at once). */
@Entity('vpc_links')
@Index(['accountId', 'region', 'createdDate', 'id'])
export class VpcLinkEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  id!: string;

  @ForeignKey(() => AccountEntity, { onDelete: 'CASCADE' })
  @Column({ type: 'varchar', length: 12 })
  accountId!: string;

  @Column({ type: 'varchar', length: 32 })
  region!: string;

  @Column({ type: 'varchar', length: 1024 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'jsonb' })
  targetArns!: string[];

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ type: 'text', nullable: true })
  statusMessage!: string | null;

  @Column({ type: 'jsonb' })
  tags!: Record<string, string>;

  @Column({ type: 'timestamptz', precision: 3 })
  createdDate!: Date;
}
