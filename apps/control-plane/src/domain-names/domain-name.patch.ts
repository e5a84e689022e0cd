import type { DomainNameEntity } from '@tollgate/persistence';
import { applyPatch, type PatchContext, type PatchTable } from '../common/patch/patch-table';
import { invalidPatchPath, parsePatchOperations } from '../common/patch-operations';
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

const acm = (field: 'certificateArn' | 'regionalCertificateArn' | 'ownershipVerificationCertificateArn') =>
  (d: DomainNamePatchable, c: PatchContext): void => { d[field] = checkAcmArn(c.required(), field) ?? null; };

const TABLE: PatchTable<DomainNamePatchable> = {
  fail,
  invalidPath: (operation) => invalidPatchPath(operation, PATHS, fail),
  rules: [
    { path: '/certificateName', replace: (d, c) => { d.certificateName = c.required(); } },
    { path: '/certificateArn', replace: acm('certificateArn') },
    { path: '/regionalCertificateName', replace: (d, c) => { d.regionalCertificateName = c.required(); } },
    { path: '/regionalCertificateArn', replace: acm('regionalCertificateArn') },
    {
      path: '/endpointConfiguration/types/0',
      replace: (d, c) => {
        const value = c.required();
        if (!ENDPOINT_TYPES.includes(value)) throw fail(`Invalid endpoint configuration type: ${value}. Valid values are ${ENDPOINT_TYPES.join(', ')}`);
        d.endpointConfiguration.types = [value];
      },
    },
    { path: '/securityPolicy', replace: (d, c) => { d.securityPolicy = checkSecurityPolicy(c.required()); } },
    {
      path: '/mutualTlsAuthentication/truststoreUri',
      replace: (d, c) => {
        const value = c.required();
        if (!/^s3:\/\/[^/]+\/.+/.test(value)) throw fail("Invalid 'truststoreUri': it must be an S3 URI such as s3://bucket/truststore.pem");
        d.mutualTlsAuthentication = { ...(d.mutualTlsAuthentication ?? {}), truststoreUri: value };
      },
    },
    {
      path: '/mutualTlsAuthentication/truststoreVersion',
      replace: (d, c) => {
        const value = c.required();
        if (!d.mutualTlsAuthentication) throw fail('Mutual TLS authentication is not configured for this domain name');
        d.mutualTlsAuthentication = { ...d.mutualTlsAuthentication, truststoreVersion: value };
      },
    },
    { path: '/ownershipVerificationCertificateArn', replace: acm('ownershipVerificationCertificateArn') },
  ],
};

/** UpdateDomainName patch operations (replace), applied to a copy of the current values. */
export function applyDomainNamePatch(raw: unknown, current: DomainNamePatchable): DomainNamePatchable {
  const next = applyPatch({ ...current, endpointConfiguration: { ...current.endpointConfiguration } }, parsePatchOperations(raw, fail), TABLE);
  if (next.mutualTlsAuthentication && (next.endpointConfiguration.types[0] !== 'REGIONAL' || next.securityPolicy !== 'TLS_1_2')) {
    throw fail('Mutual TLS authentication requires a REGIONAL domain name with the TLS_1_2 security policy');
  }
  return next;
}
