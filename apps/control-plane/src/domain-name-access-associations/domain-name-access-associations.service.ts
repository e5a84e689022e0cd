import { Injectable } from '@nestjs/common';
import { DomainNameAccessAssociationRepository, type TenantScope } from '@tollgate/persistence';
import { parseNamePageQuery, toNamePage } from '../domain-names/name-position';
import { accessAssociationArn, type DomainNameAccessAssociation, asDomainNameAccessAssociation } from './domain-name-access-association.mapper';
import { parseCreateDomainNameAccessAssociationRequest, parseDomainNameArn, parseResourceOwner, requiredQuery } from './domain-name-access-association.request';
import { DomainNameAccessAssociationsError } from './domain-name-access-associations.error';

/**
 * Create/Get/Delete/RejectDomainNameAccessAssociation. The caller associates its VPC endpoint with a private
 * custom domain name, its own or one another account shares; the domain's owner may reject the association.
 */
@Injectable()
export class DomainNameAccessAssociationsService {
  constructor(private readonly associations: DomainNameAccessAssociationRepository) {}

  async create(scope: TenantScope, body: unknown): Promise<DomainNameAccessAssociation> {
    const request = parseCreateDomainNameAccessAssociationRequest(body);
    const target = request.domainNameArn;
    const domain = target.region === scope.region ? await this.associations.findPrivateDomain(scope, target.domainName, target.domainNameId) : null;
    if (!domain || domain.accountId !== target.accountId) throw DomainNameAccessAssociationsError.domainNameNotFound();
    const arn = accessAssociationArn(scope.region, scope.accountId, domain.domainName, target.domainNameId, request.accessAssociationSource);
    const inserted = await this.associations.insert(scope, {
      domainNameAccessAssociationArn: arn,
      domainName: domain.domainName,
      domainNameArn: target.arn,
      domainOwnerAccountId: domain.accountId,
      accessAssociationSourceType: request.accessAssociationSourceType,
      accessAssociationSource: request.accessAssociationSource,
      tags: request.tags,
    });
    if (!inserted) throw DomainNameAccessAssociationsError.exists();
    const created = await this.associations.findOwned(scope, arn);
    if (!created) throw DomainNameAccessAssociationsError.notFound();
    return asDomainNameAccessAssociation(created);
  }

  async list(scope: TenantScope, resourceOwner?: string, limit?: string, position?: string): Promise<{ item: DomainNameAccessAssociation[]; position?: string }> {
    const owner = parseResourceOwner(resourceOwner);
    const page = parseNamePageQuery(limit, position);
    const rows = await this.associations.listAfter(scope, owner, page.limit, page.after);
    return toNamePage(rows, page.limit, (row) => row.domainNameAccessAssociationArn, asDomainNameAccessAssociation);
  }

  async delete(scope: TenantScope, arn: string): Promise<void> {
    if (!(await this.associations.deleteOwned(scope, arn))) throw DomainNameAccessAssociationsError.notFound();
  }

  async reject(scope: TenantScope, associationArn: string | undefined, domainNameArn: string | undefined): Promise<void> {
    const arn = requiredQuery(associationArn, 'domainNameAccessAssociationArn');
    const domain = parseDomainNameArn(domainNameArn, 'domainNameArn');
    if (!(await this.associations.deleteForDomainOwner(scope, arn, domain.arn))) throw DomainNameAccessAssociationsError.notFound();
  }
}
