import type { EndpointConfigurationValue, MutualTlsAuthenticationValue } from '@tollgate/persistence';
import { asBody, type Body, optionalObject, optionalString, optionalStringList, optionalStringMap } from '../common/body-fields';
import { DomainNamesError } from './domain-names.error';
import { checkUploadedCertificate } from './uploaded-certificate';

const fail = (message: string): Error => DomainNamesError.invalid(message);
export const ENDPOINT_TYPES = ['EDGE', 'REGIONAL', 'PRIVATE'];
export const SECURITY_POLICIES = ['TLS_1_0', 'TLS_1_2'];
/** A DNS name of up to 253 characters, labels of 1-63 letters, digits or hyphens; optionally `*.` first. */
const DOMAIN_NAME = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const ACM_ARN = /^arn:aws[a-z-]*:acm:[a-z0-9-]+:\d{12}:certificate\/[A-Za-z0-9-]+$/;

export interface CreateDomainNameRequest {
  domainName: string;
  certificateName: string | null;
  certificateArn: string | null;
  certificateBody: string | null;
  certificatePrivateKey: string | null;
  certificateChain: string | null;
  regionalCertificateName: string | null;
  regionalCertificateArn: string | null;
  endpointConfiguration: EndpointConfigurationValue;
  securityPolicy: string;
  mutualTlsAuthentication: MutualTlsAuthenticationValue | null;
  ownershipVerificationCertificateArn: string | null;
  policy: string | null;
  tags: Record<string, string>;
}

export function parseCreateDomainNameRequest(raw: unknown): CreateDomainNameRequest {
  const body = asBody(raw, fail);
  const domainName = checkDomainName(optionalString(body, 'domainName', fail));
  const endpointConfiguration = parseEndpointConfiguration(body);
  const type = endpointConfiguration.types[0];
  const securityPolicy = checkSecurityPolicy(optionalString(body, 'securityPolicy', fail) ?? 'TLS_1_2');

  const certificateArn = checkAcmArn(optionalString(body, 'certificateArn', fail), 'certificateArn');
  const regionalCertificateArn = checkAcmArn(optionalString(body, 'regionalCertificateArn', fail), 'regionalCertificateArn');
  const certificateBody = optionalString(body, 'certificateBody', fail);
  const certificatePrivateKey = optionalString(body, 'certificatePrivateKey', fail);
  const certificateChain = optionalString(body, 'certificateChain', fail);
  if (certificateBody !== undefined) checkUploadedCertificate(certificateBody, certificatePrivateKey, certificateChain, fail);
  else if (certificatePrivateKey !== undefined || certificateChain !== undefined) throw fail("'certificateBody' is required with 'certificatePrivateKey' or 'certificateChain'");
  if (certificateBody !== undefined && certificateArn !== undefined) throw fail("Specify either 'certificateArn' or an uploaded certificate ('certificateBody'), not both");
  if (type === 'REGIONAL' && certificateArn !== undefined) throw fail("'certificateArn' is for EDGE and PRIVATE domain names; use 'regionalCertificateArn' for a REGIONAL one");
  if (type !== 'REGIONAL' && regionalCertificateArn !== undefined) throw fail(`'regionalCertificateArn' is only for REGIONAL domain names, not ${type}`);
  const hasCertificate = certificateBody !== undefined || (type === 'REGIONAL' ? regionalCertificateArn : certificateArn) !== undefined;
  if (!hasCertificate) {
    const arnField = type === 'REGIONAL' ? 'regionalCertificateArn' : 'certificateArn';
    throw fail(`A certificate is required for a ${type} domain name: set '${arnField}', or upload 'certificateBody' and 'certificatePrivateKey'`);
  }

  const mutualTlsAuthentication = parseMutualTls(body, type, securityPolicy);
  return {
    domainName,
    certificateName: optionalString(body, 'certificateName', fail) ?? null,
    certificateArn: certificateArn ?? null,
    certificateBody: certificateBody ?? null,
    certificatePrivateKey: certificatePrivateKey ?? null,
    certificateChain: certificateChain ?? null,
    regionalCertificateName: optionalString(body, 'regionalCertificateName', fail) ?? null,
    regionalCertificateArn: regionalCertificateArn ?? null,
    endpointConfiguration,
    securityPolicy,
    mutualTlsAuthentication,
    ownershipVerificationCertificateArn: checkAcmArn(optionalString(body, 'ownershipVerificationCertificateArn', fail), 'ownershipVerificationCertificateArn') ?? null,
    policy: type === 'PRIVATE' ? optionalString(body, 'policy', fail) ?? null : null,
    tags: optionalStringMap(body, 'tags', fail) ?? {},
  };
}

function checkDomainName(value: string | undefined): string {
  if (value === undefined || value.trim() === '') throw fail('No Domain Name specified');
  const name = value.trim().toLowerCase();
  if (name.length > 253 || !DOMAIN_NAME.test(name)) throw fail(`Invalid domain name specified: ${value}. It must be a valid DNS name, optionally starting with '*.'`);
  return name;
}

function parseEndpointConfiguration(body: Body): EndpointConfigurationValue {
  const endpoint = optionalObject(body, 'endpointConfiguration', fail);
  const types = (endpoint && optionalStringList(endpoint, 'types', fail)) ?? ['EDGE'];
  if (types.length !== 1 || !ENDPOINT_TYPES.includes(types[0])) {
    throw fail(`Invalid endpoint configuration types: [${types.join(', ')}]. Exactly one of ${ENDPOINT_TYPES.join(', ')} is required`);
  }
  const vpcEndpointIds = endpoint ? optionalStringList(endpoint, 'vpcEndpointIds', fail) : undefined;
  return vpcEndpointIds ? { types, vpcEndpointIds } : { types };
}

export function checkSecurityPolicy(value: string): string {
  if (!SECURITY_POLICIES.includes(value)) throw fail(`Invalid security policy specified: ${value}. Valid values are ${SECURITY_POLICIES.join(', ')}`);
  return value;
}

export function checkAcmArn(value: string | undefined, field: string): string | undefined {
  if (value !== undefined && !ACM_ARN.test(value)) throw fail(`Invalid certificate ARN specified in '${field}': ${value}`);
  return value;
}

function parseMutualTls(body: Body, type: string, securityPolicy: string): MutualTlsAuthenticationValue | null {
  const mtls = optionalObject(body, 'mutualTlsAuthentication', fail);
  if (!mtls) return null;
  const truststoreUri = optionalString(mtls, 'truststoreUri', fail);
  if (!truststoreUri || !/^s3:\/\/[^/]+\/.+/.test(truststoreUri)) throw fail("Invalid 'truststoreUri': it must be an S3 URI such as s3://bucket/truststore.pem");
  if (type !== 'REGIONAL') throw fail('Mutual TLS authentication is only supported for REGIONAL domain names');
  if (securityPolicy !== 'TLS_1_2') throw fail('Mutual TLS authentication requires the TLS_1_2 security policy');
  const truststoreVersion = optionalString(mtls, 'truststoreVersion', fail);
  return truststoreVersion !== undefined ? { truststoreUri, truststoreVersion } : { truststoreUri };
}
