import type { DataSource, Repository } from 'typeorm';
import { tenantColumns as tenant } from '../tenant-columns';
import type { TenantScope } from '../tenant-scope';
import { GatewayResponseEntity } from './gateway-response.entity';

export type GatewayResponseValues = Pick<GatewayResponseEntity, 'statusCode' | 'responseParameters' | 'responseTemplates'>;

/** Customised gateway responses of an account's REST APIs; every call is scoped by account and region. */
export class GatewayResponseRepository {
  private readonly repo: Repository<GatewayResponseEntity>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(GatewayResponseEntity);
  }

  find(scope: TenantScope, restApiId: string, responseType: string): Promise<GatewayResponseEntity | null> {
    return this.repo.findOneBy({ ...tenant(scope), restApiId, responseType });
  }

  listAll(scope: TenantScope, restApiId: string): Promise<GatewayResponseEntity[]> {
    return this.repo.find({ where: { ...tenant(scope), restApiId }, order: { responseType: 'ASC' } });
  }

  /** PutGatewayResponse replaces the whole configuration of the type. */
  async put(scope: TenantScope, restApiId: string, responseType: string, values: GatewayResponseValues): Promise<GatewayResponseEntity> {
    await this.repo.upsert({ ...values, ...tenant(scope), restApiId, responseType }, ['restApiId', 'responseType']);
    return this.repo.findOneByOrFail({ ...tenant(scope), restApiId, responseType });
  }

  async delete(scope: TenantScope, restApiId: string, responseType: string): Promise<boolean> {
    const result = await this.repo.delete({ ...tenant(scope), restApiId, responseType });
    return (result.affected ?? 0) > 0;
  }
}
