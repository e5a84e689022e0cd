import { Injectable } from '@nestjs/common';
import { ClientCertificateRepository, type TenantScope } from '@tollgate/persistence';
import { type ListResponse, parsePageQuery, toListResponse } from '../common/pagination';
import { generateClientCertificate } from './client-certificate-key-pair';
import { type ClientCertificate, toClientCertificate } from './client-certificate.mapper';
import { applyClientCertificatePatch, parseGenerateClientCertificateRequest } from './client-certificate.request';
import { ClientCertificatesError } from './client-certificates.error';

/** GenerateClientCertificate, GetClientCertificate(s), UpdateClientCertificate, DeleteClientCertificate. */
@Injectable()
export class ClientCertificatesService {
  constructor(private readonly certificates: ClientCertificateRepository) {}

  async generate(scope: TenantScope, body: unknown): Promise<ClientCertificate> {
    const request = parseGenerateClientCertificateRequest(body);
    const generated = await generateClientCertificate();
    return toClientCertificate(await this.certificates.insert(scope, { ...request, ...generated }));
  }

  async get(scope: TenantScope, id: string): Promise<ClientCertificate> {
    const certificate = await this.certificates.find(scope, id);
    if (!certificate) throw ClientCertificatesError.notFound();
    return toClientCertificate(certificate);
  }

  async list(scope: TenantScope, limit?: string, position?: string): Promise<ListResponse<ClientCertificate>> {
    return toListResponse(await this.certificates.list(scope, parsePageQuery(limit, position)), toClientCertificate);
  }

  async update(scope: TenantScope, id: string, body: unknown): Promise<ClientCertificate> {
    const certificate = await this.certificates.find(scope, id);
    if (!certificate) throw ClientCertificatesError.notFound();
    const values = applyClientCertificatePatch(body, certificate);
    if (!(await this.certificates.update(scope, id, values))) throw ClientCertificatesError.notFound();
    return toClientCertificate({ ...certificate, ...values });
  }

  async delete(scope: TenantScope, id: string): Promise<void> {
    if (!(await this.certificates.delete(scope, id))) throw ClientCertificatesError.notFound();
  }
}
