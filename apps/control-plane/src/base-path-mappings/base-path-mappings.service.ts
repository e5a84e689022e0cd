import { Injectable } from '@nestjs/common';
import { BasePathMappingRepository, type BasePathMappingValues, DomainNameRepository, RestApiRepository, StageRepository, type TenantScope } from '@tollgate/persistence';
import { parseNamePageQuery, toNamePage } from '../domain-names/name-position';
import { type BasePathMapping, toBasePathMapping } from './base-path-mapping.mapper';
import { applyBasePathMappingPatch, parseCreateBasePathMappingRequest, toStoredBasePath } from './base-path-mapping.request';
import { BasePathMappingsError, BasePathMappingsErrorCode as Code } from './base-path-mappings.error';

/** CreateBasePathMapping, GetBasePathMapping(s), UpdateBasePathMapping, DeleteBasePathMapping. */
@Injectable()
export class BasePathMappingsService {
  constructor(
    private readonly domains: DomainNameRepository,
    private readonly mappings: BasePathMappingRepository,
    private readonly restApis: RestApiRepository,
    private readonly stages: StageRepository,
  ) {}

  async create(scope: TenantScope, domainName: string, body: unknown): Promise<BasePathMapping> {
    const domain = await this.requireDomain(scope, domainName);
    const values = parseCreateBasePathMappingRequest(body);
    await this.requireTarget(scope, values);
    if (!(await this.mappings.insert(scope, domain, values))) throw new BasePathMappingsError(Code.Exists);
    return this.get(scope, domain, values.basePath);
  }

  async get(scope: TenantScope, domainName: string, basePath: string): Promise<BasePathMapping> {
    const domain = await this.requireDomain(scope, domainName);
    const mapping = await this.mappings.find(scope, domain, toStoredBasePath(basePath));
    if (!mapping) throw new BasePathMappingsError(Code.NotFound);
    return toBasePathMapping(mapping);
  }

  async list(scope: TenantScope, domainName: string, limit?: string, position?: string): Promise<{ item: BasePathMapping[]; position?: string }> {
    const domain = await this.requireDomain(scope, domainName);
    const page = parseNamePageQuery(limit, position);
    const rows = await this.mappings.listAfter(scope, domain, page.limit, page.after);
    return toNamePage(rows, page.limit, (row) => row.basePath, toBasePathMapping);
  }

  async update(scope: TenantScope, domainName: string, basePath: string, body: unknown): Promise<BasePathMapping> {
    const domain = await this.requireDomain(scope, domainName);
    const stored = toStoredBasePath(basePath);
    const mapping = await this.mappings.find(scope, domain, stored);
    if (!mapping) throw new BasePathMappingsError(Code.NotFound);
    const values = applyBasePathMappingPatch(body, mapping);
    await this.requireTarget(scope, values);
    if (!(await this.mappings.replace(scope, domain, stored, values))) {
      throw new BasePathMappingsError(values.basePath === stored ? Code.NotFound : Code.Exists);
    }
    return this.get(scope, domain, values.basePath);
  }

  async delete(scope: TenantScope, domainName: string, basePath: string): Promise<void> {
    const domain = await this.requireDomain(scope, domainName);
    if (!(await this.mappings.delete(scope, domain, toStoredBasePath(basePath)))) throw new BasePathMappingsError(Code.NotFound);
  }

  /** The stored (lower-case) domain name, or NotFoundException. */
  private async requireDomain(scope: TenantScope, domainName: string): Promise<string> {
    const name = domainName.toLowerCase();
    if (!(await this.domains.exists(scope, name))) throw new BasePathMappingsError(Code.DomainNameNotFound);
    return name;
  }

  private async requireTarget(scope: TenantScope, values: BasePathMappingValues): Promise<void> {
    if (!(await this.restApis.exists(scope, values.restApiId))) throw new BasePathMappingsError(Code.InvalidRestApi);
    if (values.stage !== null && !(await this.stages.find(scope, values.restApiId, values.stage))) throw new BasePathMappingsError(Code.InvalidStage);
  }
}
