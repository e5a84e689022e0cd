import { generate } from 'selfsigned';

/** Validity of a generated client certificate: 365 days, as AWS issues them. */
export const CLIENT_CERTIFICATE_VALIDITY_MS = 365 * 24 * 60 * 60 * 1000;

export interface GeneratedClientCertificate {
  pemEncodedCertificate: string;
  privateKey: string;
  createdDate: Date;
  expirationDate: Date;
}

/**
 * A real RSA-2048 key pair and a self-signed X.509 certificate for it, usable as a TLS client
 * certificate (the gateway presents it to backends; backends verify it with this PEM).
 */
export async function generateClientCertificate(now: Date = new Date()): Promise<GeneratedClientCertificate> {
  // X.509 validity has whole seconds; createdDate keeps milliseconds because lists are keyset-paged
  // over (createdDate, id), and two certificates made in the same second must still list in creation order.
  const createdDate = new Date(now.getTime());
  const notBeforeDate = new Date(Math.floor(now.getTime() / 1000) * 1000);
  const expirationDate = new Date(notBeforeDate.getTime() + CLIENT_CERTIFICATE_VALIDITY_MS);
  const pems = await generate([{ name: 'commonName', value: 'ApiGateway' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate: expirationDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', clientAuth: true },
    ],
  });
  return { pemEncodedCertificate: pems.cert, privateKey: pems.private, createdDate, expirationDate };
}
