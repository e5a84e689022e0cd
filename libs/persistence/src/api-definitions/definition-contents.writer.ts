import type { HttpMethod } from '@tollgate/model';
import type { ApiDefinition, MethodDefinition } from '@tollgate/openapi';
import { type EntityManager, In, type ObjectLiteral, type EntityTarget } from 'typeorm';
import { AuthorizerEntity } from '../authorizers/authorizer.entity';
import { DocumentationPartEntity } from '../documentation-parts/documentation-part.entity';
import { GatewayResponseEntity } from '../gateway-responses/gateway-response.entity';
import { newId } from '../ids';
import { IntegrationResponseEntity } from '../integrations/integration-response.entity';
import { IntegrationEntity } from '../integrations/integration.entity';
import { MethodResponseEntity } from '../methods/method-response.entity';
import { MethodEntity } from '../methods/method.entity';
import { DEFAULT_MODELS } from '../models/default-models';
import { ModelEntity } from '../models/model.entity';
import { RequestValidatorEntity } from '../request-validators/request-validator.entity';
import { tenantColumns as tenant } from '../tenant-columns';
import type { TenantScope } from '../tenant-scope';
import { documentationLocationKey, normaliseDocumentationLocation } from './documentation-location-key';
import {
  toAuthorizerValues,
  toIntegrationResponseRow,
  toIntegrationRow,
  toMethodResponseRow,
  toMethodRow,
} from './definition-rows.mapper';
import { syncResources } from './resource-tree.writer';

/**
 * Everything below the REST API row, made equal to the definition inside the caller's transaction.
 * Methods (with their responses and integrations), gateway responses and documentation parts are
 * rewritten; models, validators and authorizers are matched by name so the ones that stay keep their ids.
 */
export async function writeDefinitionContents(manager: EntityManager, scope: TenantScope, restApiId: string, definition: ApiDefinition): Promise<void> {
  const where = { ...tenant(scope), restApiId };
  const resourceIds = await syncResources(manager, scope, restApiId, definition.resources.map((r) => r.path));
  await manager.delete(MethodEntity, where);
  await manager.delete(GatewayResponseEntity, where);
  await manager.delete(DocumentationPartEntity, where);

  const definedModels = new Set(definition.models.map((m) => m.name));
  const models = [...definition.models, ...DEFAULT_MODELS.filter((m) => !definedModels.has(m.name))];
  await syncByName(manager, ModelEntity, where, models.map((m) => ({ name: m.name, contentType: m.contentType, description: m.description ?? null, schema: m.schema })));
  const validatorIds = await syncByName(manager, RequestValidatorEntity, where, definition.requestValidators.map((v) => ({ ...v })));
  const authorizerIds = await syncByName(manager, AuthorizerEntity, where, definition.authorizers.map(toAuthorizerValues));

  await insertAll(manager, GatewayResponseEntity, definition.gatewayResponses.map((g) => ({
    ...where,
    responseType: g.responseType,
    statusCode: g.statusCode ?? null,
    responseParameters: g.responseParameters,
    responseTemplates: g.responseTemplates,
  })));
  const parts = new Map<string, DocumentationPartEntity>();
  // Parts list by (createdDate, id): one millisecond apart keeps the document's order.
  const base = Date.now();
  for (const [i, part] of definition.documentationParts.entries()) {
    const locationKey = documentationLocationKey(part.location);
    // A later part for the same location wins, as with ImportDocumentationParts.
    parts.set(locationKey, { ...where, id: newId(), location: normaliseDocumentationLocation(part.location), locationKey, properties: part.properties, createdDate: new Date(base + i) });
  }
  await insertAll(manager, DocumentationPartEntity, [...parts.values()]);

  const methods: MethodEntity[] = [];
  const methodResponses: MethodResponseEntity[] = [];
  const integrations: IntegrationEntity[] = [];
  const integrationResponses: IntegrationResponseEntity[] = [];
  for (const resource of definition.resources) {
    const resourceId = resourceIds.get(resource.path);
    if (resourceId === undefined) continue;
    for (const [httpMethod, method] of Object.entries(resource.methods) as [HttpMethod, MethodDefinition][]) {
      const key = { ...where, resourceId, httpMethod };
      methods.push(toMethodRow(key, method, {
        authorizerId: method.authorizerName === undefined ? null : authorizerIds.get(method.authorizerName) ?? null,
        requestValidatorId: method.requestValidatorName === undefined ? null : validatorIds.get(method.requestValidatorName) ?? null,
      }));
      for (const response of Object.values(method.methodResponses)) methodResponses.push(toMethodResponseRow(key, response));
      if (!method.integration) continue;
      integrations.push(toIntegrationRow(key, method.integration));
      for (const response of Object.values(method.integration.integrationResponses)) integrationResponses.push(toIntegrationResponseRow(key, response));
    }
  }
  await insertAll(manager, MethodEntity, methods);
  await insertAll(manager, MethodResponseEntity, methodResponses);
  await insertAll(manager, IntegrationEntity, integrations);
  await insertAll(manager, IntegrationResponseEntity, integrationResponses);
}

type NamedRow = ObjectLiteral & { id: string; name: string | null };

/** Updates rows whose name stays, inserts new names, deletes the rest; returns name -> id. */
async function syncByName<T extends NamedRow>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  where: { accountId: string; region: string; restApiId: string },
  wanted: Array<Partial<T> & { name: string }>,
): Promise<Map<string, string>> {
  const existing = await manager.find(entity, { where: where as never });
  const byName = new Map(existing.filter((row) => row.name !== null).map((row) => [row.name as string, row.id]));
  const ids = new Map<string, string>();
  const inserts: Partial<T>[] = [];
  // Lists order by (createdDate, id): one millisecond apart keeps the document's order.
  const base = Date.now();
  for (const [i, values] of wanted.entries()) {
    const id = byName.get(values.name);
    if (id !== undefined) {
      await manager.update(entity, { id } as never, values as never);
      ids.set(values.name, id);
    } else {
      const newRowId = newId();
      inserts.push({ ...values, ...where, id: newRowId, createdDate: new Date(base + i) });
      ids.set(values.name, newRowId);
    }
  }
  const stale = existing.filter((row) => row.name === null || !ids.has(row.name)).map((row) => row.id);
  if (stale.length > 0) await manager.delete(entity, { id: In(stale) } as never);
  await insertAll(manager, entity, inserts);
  return ids;
}

async function insertAll<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, rows: Partial<T>[]): Promise<void> {
  // Chunked: Postgres caps one statement at 65535 bind parameters.
  for (let i = 0; i < rows.length; i += 500) await manager.insert(entity, rows.slice(i, i + 500) as never);
}
