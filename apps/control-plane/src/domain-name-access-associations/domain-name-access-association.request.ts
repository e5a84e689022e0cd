import type { AccessAssociationOwner } from '@tollgate/persistence';
import { asBody, optionalString, optionalStringMap } from '../common/body-fields';
import { DomainNameAccessAssociationsError } from './domain-name-access-associations.error';

const fail = (message: string): Error => DomainNameAccessAssociationsError.invalid(message);
/** `arn:aws:apigateway:{region}:{account}:/domainnames/{domainName}+{domainNameId}`: only private domain names have one. */
const PRIVATE_DOMAIN_ARN = /^arn:aws[a-z-]*:apigateway:([a-z0-9-]+):(\d{12}):\/domainnames\/([^+/\s]{1,255})\+([a-z0-9]{1,16})$/;
const VPC_ENDPOINT_ID = /^vpce-[0-9a-f]{8,17}$/;
const SOURCE_TYPES = ['VPCE'];
const OWNERS: readonly AccessAssociationOwner[] = ['SELF', 'OTHER_ACCOUNTS'];

export interface PrivateDomainNameArn {
  arn: string;
  region: string;
  accountId: string;
  domainName: string;
  domainNameId: string;
}

export interface CreateDomainNameAccessAssociationRequest {
  domainNameArn: PrivateDomainNameArn;
  accessAssociationSourceType: string;
  accessAssociationSource: string;
  tags: Record<string, string>;
}

export function parseCreateDomainNameAccessAssociationRequest(raw: unknown): CreateDomainNameAccessAssociationRequest {
  const body = asBody(raw, fail);
  const domainNameArn = parseDomainNameArn(optionalString(body, 'domainNameArn', fail, 1024), 'domainNameArn');
  const sourceType = optionalString(body, 'accessAssociationSourceType', fail);
  if (sourceType === undefined) throw fail("'accessAssociationSourceType' is required");
  if (!SOURCE_TYPES.includes(sourceType)) throw fail(`Invalid value for 'accessAssociationSourceType': ${sourceType}. Valid values are ${SOURCE_TYPES.join(', ')}`);
  const source = optionalString(body, 'accessAssociationSource', fail);
  if (source === undefined) throw fail("'accessAssociationSource' is required");
  if (!VPC_ENDPOINT_ID.test(source)) throw fail(`Invalid value for 'accessAssociationSource': ${source}. For VPCE it must be a VPC endpoint ID (vpce-...)`);
  return { domainNameArn, accessAssociationSourceType: sourceType, accessAssociationSource: source, tags: optionalStringMap(body, 'tags', fail) ?? {} };
}

export function parseDomainNameArn(value: string | undefined, field: string): PrivateDomainNameArn {
  if (value === undefined || value === '') throw fail(`'${field}' is required`);
  const match = PRIVATE_DOMAIN_ARN.exec(value);
  if (!match) throw fail(`Invalid value for '${field}': ${value}. Expected the ARN of a private custom domain name`);
  return { arn: value, region: match[1], accountId: match[2], domainName: match[3], domainNameId: match[4] };
}

/** GetDomainNameAccessAssociations `resourceOwner` (default SELF). */
export function parseResourceOwner(value: string | undefined): AccessAssociationOwner {
  if (value === undefined || value === '') return 'SELF';
  if (!(OWNERS as readonly string[]).includes(value)) throw fail(`Invalid value for 'resourceOwner': ${value}. Valid values are ${OWNERS.join(', ')}`);
  return value as AccessAssociationOwner;
}

/** A required query parameter (RejectDomainNameAccessAssociation). */
export function requiredQuery(value: string | undefined, field: string): string {
  if (value === undefined || value === '') throw fail(`'${field}' is required`);
  return value;
}
