import { Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { TenantColumns } from '../tenant-columns';
import { DomainNameEntity } from '../domain-names/domain-name.entity';

/**
 * A domain name access association: a VPC endpoint (the source) of `accountId` may invoke a private custom
 * domain name, which may belong to another account (`domainOwnerAccountId`). Deleting the domain name or
 * either account removes it.
 */
@Entity('domain_name_access_associations')
@Unique(['domainName', 'accessAssociationSource'])
@Index(['accountId', 'region'])
@Index(['domainOwnerAccountId', 'region'])
export class DomainNameAccessAssociationEntity extends TenantColumns {
  @PrimaryColumn({ type: 'varchar', length: 1024 })
  domainNameAccessAssociationArn!: string;

  /** The account that created the association (owner of the VPC endpoint). */
  @ForeignKey(() => DomainNameEntity, { onDelete: 'CASCADE' })
  @Column({ type: 'varchar', length: 255 })
  domainName!: string;

  @Column({ type: 'varchar', length: 1024 })
  domainNameArn!: string;

  @ForeignKey(() => AccountEntity, { onDelete: 'CASCADE' })
  @Column({ type: 'varchar', length: 12 })
  domainOwnerAccountId!: string;

  @Column({ type: 'varchar', length: 16 })
  accessAssociationSourceType!: string;

  @Column({ type: 'varchar', length: 64 })
  accessAssociationSource!: string;

  @Column({ type: 'jsonb' })
  tags!: Record<string, string>;

  @Column({ type: 'timestamptz', precision: 3 })
  createdDate!: Date;
}
