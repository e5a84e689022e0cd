import type { ClientCertificateEntity } from '@tollgate/persistence';
import { toEpochSeconds } from '../common/epoch-seconds';

/** AWS `ClientCertificate` wire shape; the private key is never part of it. */
export interface ClientCertificate {
  clientCertificateId: string;
  description?: string;
  pemEncodedCertificate: string;
  createdDate: number;
  expirationDate: number;
  tags?: Record<string, string>;
}

export function toClientCertificate(entity: ClientCertificateEntity): ClientCertificate {
  const certificate: ClientCertificate = {
    clientCertificateId: entity.id,
    pemEncodedCertificate: entity.pemEncodedCertificate,
    createdDate: toEpochSeconds(entity.createdDate),
    expirationDate: toEpochSeconds(entity.expirationDate),
  };
  if (entity.description !== null) certificate.description = entity.description;
  if (Object.keys(entity.tags).length > 0) certificate.tags = entity.tags;
  return certificate;
}
