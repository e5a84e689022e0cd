import type { DataSource, Repository } from 'typeorm';
import { DomainNameEntity } from '../domain-names/domain-name.entity';
import { tenantColumns as tenant } from '../tenant-columns';
import type { TenantScope } from '../tenant-scope';
import { DomainNameAccessAssociationEntity } from './domain-name-access-association.entity';

export type DomainNameAccessAssociationValues = Omit<DomainNameAccessAssociationEntity, 'accountId' | 'region' | 'createdDate'>;

/** Which associations a list answers: those the caller made (SELF) or those others made to its domains. */
export type AccessAssociationOwner = 'SELF' | 'OTHER_ACCOUNTS';

/**
 * Domain name access associations. An association joins two accounts: the one that made it (owner of the
 * VPC endpoint, `accountId`) and the owner of the private domain name; each call says which side it scopes by.
 */
export class DomainNameAccessAssociationRepository {
  private readonly repo: Repository<DomainNameAccessAssociationEntity>;
  private readonly domains: Repository<DomainNameEntity>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(DomainNameAccessAssociationEntity);
    this.domains = dataSource.getRepository(DomainNameEntity);
  }

  /**
   * The private domain name an association may target, in the caller's region. Not scoped by the caller's
   * account on purpose: a domain owner shares its private domain with other accounts, which associate to it.
   */
  findPrivateDomain(scope: TenantScope, domainName: string, domainNameId: string): Promise<DomainNameEntity | null> {
    return this.domains.findOneBy({ region: scope.region, domainName, domainNameId });
  }

  /** Inserts unless the domain already has an association with this source; false means it had. */
  async insert(scope: TenantScope, values: DomainNameAccessAssociationValues): Promise<boolean> {
    const result = await this.repo
      .createQueryBuilder()
      .insert()
      .values({ ...values, ...tenant(scope), createdDate: new Date() })
      .orIgnore()
      .returning('domain_name_access_association_arn')
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  /** An association the caller made. */
  findOwned(scope: TenantScope, arn: string): Promise<DomainNameAccessAssociationEntity | null> {
    return this.repo.findOneBy({ ...tenant(scope), domainNameAccessAssociationArn: arn });
  }

  /** `limit + 1` associations after `afterArn`, by ARN: the caller's own, or other accounts' to its domains. */
  listAfter(scope: TenantScope, owner: AccessAssociationOwner, limit: number, afterArn?: string): Promise<DomainNameAccessAssociationEntity[]> {
    const query = this.repo.createQueryBuilder('a').where('a.region = :region', { region: scope.region });
    if (owner === 'SELF') query.andWhere('a.account_id = :accountId', { accountId: scope.accountId });
    else query.andWhere('a.domain_owner_account_id = :accountId AND a.account_id <> :accountId', { accountId: scope.accountId });
    if (afterArn !== undefined) query.andWhere('a.domain_name_access_association_arn > :afterArn', { afterArn });
    return query.orderBy('a.domain_name_access_association_arn', 'ASC').take(limit + 1).getMany();
  }

  /** DeleteDomainNameAccessAssociation: only the account that made it. */
  async deleteOwned(scope: TenantScope, arn: string): Promise<boolean> {
    const result = await this.repo.delete({ ...tenant(scope), domainNameAccessAssociationArn: arn });
    return (result.affected ?? 0) > 0;
  }

  /** RejectDomainNameAccessAssociation: the domain owner ends another account's association to its domain. */
  async deleteForDomainOwner(scope: TenantScope, arn: string, domainNameArn: string): Promise<boolean> {
    const result = await this.repo.delete({ region: scope.region, domainOwnerAccountId: scope.accountId, domainNameAccessAssociationArn: arn, domainNameArn });
    return (result.affected ?? 0) > 0;
  }
}
