import type { DataSource } from 'typeorm';
import { ApiKeyEntity } from '../api-keys/api-key.entity';
import { ClientCertificateEntity } from '../client-certificates/client-certificate.entity';
import { DomainNameEntity } from '../domain-names/domain-name.entity';
import { RestApiEntity } from '../rest-apis/rest-api.entity';
import { StageEntity } from '../stages/stage.entity';
import type { TenantScope } from '../tenant-scope';
import { UsagePlanEntity } from '../usage-plans/usage-plan.entity';
import { VpcLinkEntity } from '../vpc-links/vpc-link.entity';

/** A taggable resource, as named by its ARN. */
export type TagTarget =
  | { kind: 'restapi'; restApiId: string }
  | { kind: 'stage'; restApiId: string; stageName: string }
  | { kind: 'apikey'; id: string }
  | { kind: 'usageplan'; id: string }
  | { kind: 'domainname'; domainName: string }
  | { kind: 'clientcertificate'; id: string }
  | { kind: 'vpclink'; id: string };

interface TargetTable {
  entity: new () => object;
  /** Key columns (snake_case) in the order of `keyValues`. */
  columns: string[];
}

const TABLES: Record<TagTarget['kind'], TargetTable> = {
  restapi: { entity: RestApiEntity, columns: ['id'] },
  stage: { entity: StageEntity, columns: ['rest_api_id', 'stage_name'] },
  apikey: { entity: ApiKeyEntity, columns: ['id'] },
  usageplan: { entity: UsagePlanEntity, columns: ['id'] },
  domainname: { entity: DomainNameEntity, columns: ['domain_name'] },
  clientcertificate: { entity: ClientCertificateEntity, columns: ['id'] },
  vpclink: { entity: VpcLinkEntity, columns: ['id'] },
};

function keyValues(target: TagTarget): string[] {
  switch (target.kind) {
    case 'stage': return [target.restApiId, target.stageName];
    case 'restapi': return [target.restApiId];
    case 'domainname': return [target.domainName];
    default: return [target.id];
  }
}

/**
 * Tags live in each resource's own `tags` column (their owners already store and return them), so
 * TagResource/UntagResource/GetTags edit that column in place, atomically, instead of keeping a copy.
 */
export class TagRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The resource's tags, or null when it does not exist for this account and region. */
  async get(scope: TenantScope, target: TagTarget): Promise<Record<string, string> | null> {
    return this.run(scope, target, 'SELECT tags FROM', '', []);
  }

  /** Adds or overwrites tags; null when the resource does not exist. */
  async add(scope: TenantScope, target: TagTarget, tags: Record<string, string>): Promise<Record<string, string> | null> {
    return this.run(scope, target, 'UPDATE', 'SET tags = tags || $1::jsonb', [JSON.stringify(tags)], true);
  }

  /** Removes the keys (absent keys are ignored); null when the resource does not exist. */
  async remove(scope: TenantScope, target: TagTarget, keys: string[]): Promise<Record<string, string> | null> {
    return this.run(scope, target, 'UPDATE', 'SET tags = tags - $1::text[]', [keys], true);
  }

  private async run(scope: TenantScope, target: TagTarget, verb: string, set: string, extra: unknown[], returning = false): Promise<Record<string, string> | null> {
    const table = TABLES[target.kind];
    const tableName = this.dataSource.getMetadata(table.entity).tableName;
    const values = [...extra, scope.accountId, scope.region, ...keyValues(target)];
    const offset = extra.length;
    const keys = table.columns.map((column, i) => `"${column}" = $${offset + 3 + i}`).join(' AND ');
    const where = `WHERE "account_id" = $${offset + 1} AND "region" = $${offset + 2} AND ${keys}`;
    const sql = `${verb} "${tableName}" ${set} ${where}${returning ? ' RETURNING tags' : ''}`;
    const result: unknown = await this.dataSource.query(sql, values);
    // UPDATE ... RETURNING answers [rows, count] through TypeORM's postgres driver; SELECT answers rows.
    const rows = (returning && Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as Array<{ tags: Record<string, string> }>;
    return rows.length > 0 ? rows[0].tags : null;
  }
}
