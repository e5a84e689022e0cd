import { generateKeyPairSync } from 'node:crypto';
import { generate } from 'selfsigned';
import { parseCreateDomainNameRequest } from './create-domain-name.request';
import { applyDomainNamePatch, type DomainNamePatchable } from './domain-name.patch';
import { DomainNamesError } from './domain-names.error';

const ACM = 'arn:aws:acm:us-east-1:123456789012:certificate/abc';

function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainNamesError) return error.message;
    throw error;
  }
  throw new Error('expected a feature error');
}

describe('CreateDomainName request', () => {
  let pem: { cert: string; key: string };
  beforeAll(async () => {
    const generated = await generate([{ name: 'commonName', value: 'api.example.com' }], { keySize: 2048 });
    pem = { cert: generated.cert, key: generated.private };
  });

  it('applies AWS defaults (EDGE, TLS_1_2) and lower-cases the name', () => {
    expect(parseCreateDomainNameRequest({ domainName: 'API.Example.com', certificateArn: ACM })).toMatchObject({
      domainName: 'api.example.com', endpointConfiguration: { types: ['EDGE'] }, securityPolicy: 'TLS_1_2', certificateArn: ACM,
      certificateBody: null, mutualTlsAuthentication: null, tags: {},
    });
  });

  it('accepts an uploaded certificate with its key and a chain, and wildcard names', () => {
    expect(parseCreateDomainNameRequest({ domainName: '*.example.com', certificateBody: pem.cert, certificatePrivateKey: pem.key, certificateChain: pem.cert }))
      .toMatchObject({ domainName: '*.example.com', certificateBody: pem.cert, certificatePrivateKey: pem.key });
  });

  it.each<[string, () => Record<string, unknown>, RegExp]>([
    ['a key of another pair', () => ({
      domainName: 'a.example.com', certificateBody: pem.cert,
      certificatePrivateKey: generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    }), /does not match/],
    ['a chain that is not PEM', () => ({ domainName: 'a.example.com', certificateBody: pem.cert, certificatePrivateKey: pem.key, certificateChain: 'x' }), /Invalid certificate chain/],
    ['a key without a body', () => ({ domainName: 'a.example.com', certificatePrivateKey: pem.key }), /'certificateBody' is required/],
    ['a regional ARN on EDGE', () => ({ domainName: 'a.example.com', regionalCertificateArn: ACM, certificateArn: ACM }), /only for REGIONAL/],
    ['an edge ARN on REGIONAL', () => ({ domainName: 'a.example.com', certificateArn: ACM, endpointConfiguration: { types: ['REGIONAL'] } }), /use 'regionalCertificateArn'/],
    ['two endpoint types', () => ({ domainName: 'a.example.com', certificateArn: ACM, endpointConfiguration: { types: ['EDGE', 'REGIONAL'] } }), /Exactly one of/],
    ['mutual TLS with TLS_1_0', () => ({
      domainName: 'a.example.com', regionalCertificateArn: ACM, endpointConfiguration: { types: ['REGIONAL'] }, securityPolicy: 'TLS_1_0',
      mutualTlsAuthentication: { truststoreUri: 's3://b/t.pem' },
    }), /requires the TLS_1_2/],
    ['a truststore that is not in S3', () => ({
      domainName: 'a.example.com', regionalCertificateArn: ACM, endpointConfiguration: { types: ['REGIONAL'] }, mutualTlsAuthentication: { truststoreUri: 'https://x' },
    }), /Invalid 'truststoreUri'/],
    ['a label that is too long', () => ({ domainName: `${'a'.repeat(64)}.example.com`, certificateArn: ACM }), /Invalid domain name specified/],
  ])('refuses %s', (_case, body, message) => {
    expect(failure(() => parseCreateDomainNameRequest(body()))).toMatch(message);
  });
});

describe('UpdateDomainName patch', () => {
  const current: DomainNamePatchable = {
    certificateName: null, certificateArn: ACM, regionalCertificateName: null, regionalCertificateArn: null, endpointConfiguration: { types: ['EDGE'] },
    securityPolicy: 'TLS_1_2', mutualTlsAuthentication: null, ownershipVerificationCertificateArn: null,
  };

  it('replaces the patchable fields without touching the input', () => {
    const next = applyDomainNamePatch({ patchOperations: [
      { op: 'replace', path: '/certificateName', value: 'c' }, { op: 'replace', path: '/endpointConfiguration/types/0', value: 'REGIONAL' },
      { op: 'replace', path: '/securityPolicy', value: 'TLS_1_0' },
    ] }, current);
    expect(next).toMatchObject({ certificateName: 'c', endpointConfiguration: { types: ['REGIONAL'] }, securityPolicy: 'TLS_1_0' });
    expect(current.endpointConfiguration.types).toEqual(['EDGE']);
  });

  it('refuses unknown paths, other ops and bad values', () => {
    expect(failure(() => applyDomainNamePatch({ patchOperations: [{ op: 'add', path: '/certificateName', value: 'c' }] }, current))).toMatch(/Invalid patch path/);
    expect(failure(() => applyDomainNamePatch({ patchOperations: [{ op: 'replace', path: '/securityPolicy', value: 'SSL3' }] }, current))).toMatch(/Invalid security policy/);
    expect(failure(() => applyDomainNamePatch({ patchOperations: [{ op: 'replace', path: '/mutualTlsAuthentication/truststoreVersion', value: '2' }] }, current)))
      .toMatch(/not configured/);
  });
});
