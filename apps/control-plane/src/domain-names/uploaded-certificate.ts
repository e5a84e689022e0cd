import { createPrivateKey, X509Certificate } from 'node:crypto';
import type { FieldFailure } from '../common/body-fields';

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/**
 * Checks an uploaded server certificate the way the data plane will use it for SNI: the body is one
 * X.509 PEM certificate, the key is a PEM private key matching it, and every chain entry is a certificate.
 */
export function checkUploadedCertificate(body: string, privateKey: string | undefined, chain: string | undefined, fail: FieldFailure): void {
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(body);
  } catch {
    throw fail('Invalid certificate body: it must be a PEM-encoded X.509 certificate');
  }
  if (privateKey === undefined) throw fail("'certificatePrivateKey' is required with 'certificateBody'");
  let key;
  try {
    key = createPrivateKey(privateKey);
  } catch {
    throw fail('Invalid certificate private key: it must be a PEM-encoded, unencrypted private key');
  }
  if (!certificate.checkPrivateKey(key)) throw fail('The certificate private key does not match the certificate body');
  if (chain !== undefined) {
    const blocks = chain.match(PEM_BLOCK) ?? [];
    if (blocks.length === 0) throw fail('Invalid certificate chain: it must hold PEM-encoded X.509 certificates');
    for (const block of blocks) {
      try {
        new X509Certificate(block);
      } catch {
        throw fail('Invalid certificate chain: it must hold PEM-encoded X.509 certificates');
      }
    }
  }
}
