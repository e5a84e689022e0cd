import type { DomainNameEntity } from '@tollgate/persistence';
import { invalidPatchPath, parsePatchOperations, patchValue } from '../common/patch-operations';
import { checkAcmArn, checkSecurityPolicy, ENDPOINT_TYPES } from './create-domain-name.request';
import { DomainNamesError } from './domain-names.error';

const fail = (message: string): Error => DomainNamesError.invalid(message);

export type DomainNamePatchable = Pick<DomainNameEntity,
  'certificateName' | 'certificateArn' | 'regionalCertificateName' | 'regionalCertificateArn' | 'endpointConfiguration'
  | 'securityPolicy' | 'mutualTlsAuthentication' | 'ownershipVerificationCertificateArn'>;

const PATHS = [
  '/certificateName', '/certificateArn', '/regionalCertificateName', '/regionalCertificateArn', '/endpointConfiguration/types/0',
  '/securityPolicy', '/mutualTlsAuthentication/truststoreUri', '/mutualTlsAuthentication/truststoreVersion', '/ownershipVerificationCertificateArn',
];

/** UpdateDomainName patch operations (replace), applied to a copy of the current values. */
export function applyDomainNamePatch(raw: unknown, current: DomainNamePatchable): DomainNamePatchable {
  const next: DomainNamePatchable = { ...current, endpointConfiguration: { ...current.endpointConfiguration } };
  for (const operation of parsePatchOperations(raw, fail)) {
    if (!PATHS.includes(operation.path) || operation.op !== 'replace') throw invalidPatchPath(operation, PATHS, fail);
    const value = patchValue(operation, fail);
    switch (operation.path) {
      case '/certificateName': next.certificateName = value; break;
      case '/regionalCertificateName': next.regionalCertificateName = value; break;
      case '/certificateArn': next.certificateArn = checkAcmArn(value, 'certificateArn') ?? null; break;
      case '/regionalCertificateArn': next.regionalCertificateArn = checkAcmArn(value, 'regionalCertificateArn') ?? null; break;
      case '/ownershipVerificationCertificateArn': next.ownershipVerificationCertificateArn = checkAcmArn(value, 'ownershipVerificationCertificateArn') ?? null; break;
      case '/securityPolicy': next.securityPolicy = checkSecurityPolicy(value); break;
      case '/endpointConfiguration/types/0':
        if (!ENDPOINT_TYPES.includes(value)) throw fail(`Invalid endpoint configuration type: ${value}. Valid values are ${ENDPOINT_TYPES.join(', ')}`);
        next.endpointConfiguration.types = [value];
        break;
      case '/mutualTlsAuthentication/truststoreUri':
        if (!/^s3:\/\/[^/]+\/.+/.test(value)) throw fail("Invalid 'truststoreUri': it must be an S3 URI such as s3://bucket/truststore.pem");
        next.mutualTlsAuthentication = { ...(next.mutualTlsAuthentication ?? {}), truststoreUri: value };
        break;
      default:
        if (!next.mutualTlsAuthentication) throw fail('Mutual TLS authentication is not configured for this domain name');
        next.mutualTlsAuthentication = { ...next.mutualTlsAuthentication, truststoreVersion: value };
    }
  }
  if (next.mutualTlsAuthentication && (next.endpointConfiguration.types[0] !== 'REGIONAL' || next.securityPolicy !== 'TLS_1_2')) {
    throw fail('Mutual TLS authentication requires a REGIONAL domain name with the TLS_1_2 security policy');
  }
  return next;
}
