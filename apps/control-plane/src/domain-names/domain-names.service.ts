import { Injectable } from '@nestjs/common';
import { DomainNameRepository, newId, type TenantScope } from '@tollgate/persistence';
import { parseCreateDomainNameRequest } from './create-domain-name.request';
import { type DomainName, asDomainName } from './domain-name.mapper';
import { applyDomainNamePatch } from './domain-name.patch';
import { DomainNamesError } from './domain-names.error';
import { parseNamePageQuery, toNamePage } from './name-position';

/** CreateDomainName, GetDomainName(s), UpdateDomainName, DeleteDomainName. */
@Injectable()
export class DomainNamesService {
  constructor(private readonly domains: DomainNameRepository) {}

  async create(scope: TenantScope, body: unknown): Promise<DomainName> {
    const request = parseCreateDomainNameRequest(body);
    const inserted = await this.domains.insert(scope, {
      ...request,
      // Private custom domain names are addressed by name + id (their ARN ends `{domainName}+{domainNameId}`).
      domainNameId: request.endpointConfiguration.types[0] === 'PRIVATE' ? newId(8) : null,
      certificateUploadDate: request.certificateBody !== null || request.certificateArn !== null ? new Date() : null,
      ...targetNames(scope.region, request.endpointConfiguration.types[0]),
    });
    if (!inserted) throw DomainNamesError.exists();
    return this.get(scope, request.domainName);
  }

  async get(scope: TenantScope, domainName: string): Promise<DomainName> {
    const domain = await this.domains.find(scope, domainName.toLowerCase());
    if (!domain) throw DomainNamesError.notFound();
    return asDomainName(domain);
  }

  async list(scope: TenantScope, limit?: string, position?: string): Promise<{ item: DomainName[]; position?: string }> {
    const page = parseNamePageQuery(limit, position);
    const rows = await this.domains.listAfter(scope, page.limit, page.after);
    return toNamePage(rows, page.limit, (row) => row.domainName, asDomainName);
  }

  async update(scope: TenantScope, domainName: string, body: unknown): Promise<DomainName> {
    const name = domainName.toLowerCase();
    const domain = await this.domains.find(scope, name);
    if (!domain) throw DomainNamesError.notFound();
    const values = applyDomainNamePatch(body, domain);
    const type = values.endpointConfiguration.types[0];
    const arn = type === 'REGIONAL' ? values.regionalCertificateArn : values.certificateArn;
    if (arn === null && domain.certificateBody === null) {
      throw DomainNamesError.invalid(`A certificate is required for a ${type} domain name: set '${type === 'REGIONAL' ? 'regionalCertificateArn' : 'certificateArn'}'`);
    }
    const retargeted = type !== domain.endpointConfiguration.types[0] ? targetNames(scope.region, type) : {};
    if (!(await this.domains.update(scope, name, { ...values, ...retargeted }))) throw DomainNamesError.notFound();
    return this.get(scope, name);
  }

  async delete(scope: TenantScope, domainName: string): Promise<void> {
    if (!(await this.domains.delete(scope, domainName.toLowerCase()))) throw DomainNamesError.notFound();
  }
}

/** The AWS-side names a DNS alias would point at: a CloudFront distribution (EDGE) or a regional endpoint. */
function targetNames(region: string, type: string): { distributionDomainName: string | null; regionalDomainName: string | null } {
  if (type === 'EDGE') return { distributionDomainName: `d${newId(13)}.cloudfront.net`, regionalDomainName: null };
  return { distributionDomainName: null, regionalDomainName: `d-${newId(10)}.execute-api.${region}.amazonaws.com` };
}
