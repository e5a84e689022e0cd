import type { DomainNameEntity, EndpointConfigurationValue, MutualTlsAuthenticationValue } from '@tollgate/persistence';
import { toEpochSeconds } from '../common/epoch-seconds';

/** CloudFront's hosted zone, the alias target of every edge-optimized domain. */
export const CLOUDFRONT_HOSTED_ZONE_ID = 'Z2FDTNDATAQYW2';

/** Route 53 hosted zones of API Gateway's regional endpoints (alias targets of regional domains). */
const REGIONAL_HOSTED_ZONES: Readonly<Record<string, string>> = {
  'us-east-1': 'Z1UJRXOUMOOFQ8',
  'us-east-2': 'ZOJJZC49E0EPZ',
  'us-west-1': 'Z2MUQ32089INYE',
  'us-west-2': 'Z2OJLYMUO9EFXC',
  'eu-west-1': 'ZLY8HYME6SFDD',
  'eu-central-1': 'Z1U9ULNL0V5AJ3',
  'ap-southeast-1': 'ZL327KTPIQFUL',
  'ap-northeast-1': 'Z1YSHQZHG15GKL',
};

/** AWS `DomainName` wire shape (the uploaded private key is never part of it). */
export interface DomainName {
  domainName: string;
  domainNameId?: string;
  domainNameArn: string;
  certificateName?: string;
  certificateArn?: string;
  certificateUploadDate?: number;
  regionalDomainName?: string;
  regionalHostedZoneId?: string;
  regionalCertificateName?: string;
  regionalCertificateArn?: string;
  distributionDomainName?: string;
  distributionHostedZoneId?: string;
  endpointConfiguration: EndpointConfigurationValue;
  domainNameStatus: string;
  securityPolicy: string;
  tags?: Record<string, string>;
  mutualTlsAuthentication?: MutualTlsAuthenticationValue & { truststoreWarnings?: string[] };
  ownershipVerificationCertificateArn?: string;
  policy?: string;
}

export function asDomainName(entity: DomainNameEntity): DomainName {
  const wire: DomainName = {
    domainName: entity.domainName,
    domainNameArn: domainNameArn(entity),
    endpointConfiguration: entity.endpointConfiguration,
    domainNameStatus: 'AVAILABLE',
    securityPolicy: entity.securityPolicy,
  };
  if (entity.domainNameId !== null) wire.domainNameId = entity.domainNameId;
  if (entity.certificateName !== null) wire.certificateName = entity.certificateName;
  if (entity.certificateArn !== null) wire.certificateArn = entity.certificateArn;
  if (entity.certificateUploadDate !== null) wire.certificateUploadDate = toEpochSeconds(entity.certificateUploadDate);
  if (entity.regionalDomainName !== null) {
    wire.regionalDomainName = entity.regionalDomainName;
    wire.regionalHostedZoneId = REGIONAL_HOSTED_ZONES[entity.region];
  }
  if (entity.regionalCertificateName !== null) wire.regionalCertificateName = entity.regionalCertificateName;
  if (entity.regionalCertificateArn !== null) wire.regionalCertificateArn = entity.regionalCertificateArn;
  if (entity.distributionDomainName !== null) {
    wire.distributionDomainName = entity.distributionDomainName;
    wire.distributionHostedZoneId = CLOUDFRONT_HOSTED_ZONE_ID;
  }
  if (Object.keys(entity.tags).length > 0) wire.tags = entity.tags;
  if (entity.mutualTlsAuthentication !== null) wire.mutualTlsAuthentication = { ...entity.mutualTlsAuthentication, truststoreWarnings: [] };
  if (entity.ownershipVerificationCertificateArn !== null) wire.ownershipVerificationCertificateArn = entity.ownershipVerificationCertificateArn;
  if (entity.policy !== null) wire.policy = entity.policy;
  return wire;
}

/** AWS's ARN of a domain name: a private one carries the owner account and its id. */
export function domainNameArn(entity: Pick<DomainNameEntity, 'region' | 'accountId' | 'domainName' | 'domainNameId'>): string {
  if (entity.domainNameId === null) return `arn:aws:apigateway:${entity.region}::/domainnames/${entity.domainName}`;
  return `arn:aws:apigateway:${entity.region}:${entity.accountId}:/domainnames/${entity.domainName}+${entity.domainNameId}`;
}
