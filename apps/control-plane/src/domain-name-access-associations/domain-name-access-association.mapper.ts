import type { DomainNameAccessAssociationEntity } from '@tollgate/persistence';

/** AWS `DomainNameAccessAssociation` wire shape. */
export interface DomainNameAccessAssociation {
  domainNameAccessAssociationArn: string;
  domainNameArn: string;
  accessAssociationSourceType: string;
  accessAssociationSource: string;
  tags?: Record<string, string>;
}

export function asDomainNameAccessAssociation(entity: DomainNameAccessAssociationEntity): DomainNameAccessAssociation {
  const wire: DomainNameAccessAssociation = {
    domainNameAccessAssociationArn: entity.domainNameAccessAssociationArn,
    domainNameArn: entity.domainNameArn,
    accessAssociationSourceType: entity.accessAssociationSourceType,
    accessAssociationSource: entity.accessAssociationSource,
  };
  if (Object.keys(entity.tags).length > 0) wire.tags = entity.tags;
  return wire;
}

/** `arn:aws:apigateway:{region}:{account}:/domainnameaccessassociations/domainname/{domainName}+{domainNameId}/vpcesource/{vpce}`. */
export function accessAssociationArn(region: string, accountId: string, domainName: string, domainNameId: string, source: string): string {
  return `arn:aws:apigateway:${region}:${accountId}:/domainnameaccessassociations/domainname/${domainName}+${domainNameId}/vpcesource/${source}`;
}
