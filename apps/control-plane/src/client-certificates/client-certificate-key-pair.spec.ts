import { X509Certificate } from 'node:crypto';
import { CLIENT_CERTIFICATE_VALIDITY_MS, generateClientCertificate } from './client-certificate-key-pair';

describe('generateClientCertificate', () => {
  it('keeps the milliseconds of createdDate (list order) while the certificate validity is whole seconds', async () => {
    const now = new Date('2026-03-04T05:06:07.891Z');
    const generated = await generateClientCertificate(now);
    expect(generated.createdDate.toISOString()).toBe('2026-03-04T05:06:07.891Z');
    expect(generated.expirationDate.getTime()).toBe(Date.parse('2026-03-04T05:06:07.000Z') + CLIENT_CERTIFICATE_VALIDITY_MS);

    const certificate = new X509Certificate(generated.pemEncodedCertificate);
    expect(new Date(certificate.validFrom).toISOString()).toBe('2026-03-04T05:06:07.000Z');
    expect(new Date(certificate.validTo).getTime()).toBe(generated.expirationDate.getTime());
  });

  it('gives two certificates made within one second distinct, ordered createdDates', async () => {
    const first = await generateClientCertificate(new Date('2026-03-04T05:06:07.100Z'));
    const second = await generateClientCertificate(new Date('2026-03-04T05:06:07.200Z'));
    expect(second.createdDate.getTime()).toBeGreaterThan(first.createdDate.getTime());
  });
});
