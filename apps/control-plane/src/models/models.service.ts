import { Injectable } from '@nestjs/common';
import {
  MethodRepository,
  MethodResponseRepository,
  ModelRepository,
  ResourceRepository,
  RestApiRepository,
  type ModelEntity,
  type TenantScope,
} from '@tollgate/persistence';
import { type GraphModel, resolveModels, SnapshotCompileError } from '@tollgate/snapshot-compiler';
import { type ListResponse, parsePageQuery, toListResponse } from '../common/pagination';
import { parsePatchOperations } from '../common/patch-operations';
import { parseCreateModelRequest } from './create-model.request';
import { type Model, toModel } from './model.mapper';
import { referencedModels, validateModelSchema } from './model-schema';
import { generateModelTemplate } from './model-template';
import { ModelsError, ModelsErrorCode } from './models.error';
import { applyModelPatch } from './update-model.request';

/** CreateModel, GetModel(s), UpdateModel, DeleteModel and GetModelTemplate. */
@Injectable()
export class ModelsService {
  constructor(
    private readonly restApis: RestApiRepository,
    private readonly models: ModelRepository,
    private readonly resources: ResourceRepository,
    private readonly methods: MethodRepository,
    private readonly methodResponses: MethodResponseRepository,
  ) {}

  async create(scope: TenantScope, restApiId: string, body: unknown): Promise<Model> {
    const values = parseCreateModelRequest(body);
    await this.requireRestApi(scope, restApiId);
    await this.validateSchema(scope, restApiId, values.schema, values.name);
    const created = await this.models.create(scope, restApiId, values);
    if (!created) throw new ModelsError(ModelsErrorCode.ModelExists, 'Model name already exists for this REST API');
    return toModel(created);
  }

  /** `flatten=true` returns the schema with references to other models resolved (embedded as definitions). */
  async get(scope: TenantScope, restApiId: string, name: string, flatten?: string): Promise<Model> {
    const model = toModel(await this.requireModel(scope, restApiId, name));
    if (flatten !== 'true' || model.schema === undefined) return model;
    const all = await this.models.listAll(scope, restApiId);
    const flat = flattenSchema(all.map((m) => ({ name: m.name, contentType: m.contentType, schema: parseStored(m) })), name);
    return flat === undefined ? model : { ...model, schema: flat };
  }

  async list(scope: TenantScope, restApiId: string, limit?: string, position?: string): Promise<ListResponse<Model>> {
    const page = parsePageQuery(limit, position);
    await this.requireRestApi(scope, restApiId);
    return toListResponse(await this.models.list(scope, restApiId, page), toModel);
  }

  async update(scope: TenantScope, restApiId: string, name: string, body: unknown): Promise<Model> {
    const changes = applyModelPatch(parsePatchOperations(body, ModelsError.invalid));
    await this.requireModel(scope, restApiId, name);
    if (changes.schema !== undefined) await this.validateSchema(scope, restApiId, changes.schema, name);
    if (!(await this.models.update(scope, restApiId, name, changes))) throw ModelsError.modelNotFound(name);
    return toModel(await this.requireModel(scope, restApiId, name));
  }

  /** Refused while a method, a method response or another model references the model (AWS: ConflictException). */
  async delete(scope: TenantScope, restApiId: string, name: string): Promise<void> {
    await this.requireModel(scope, restApiId, name);
    const user = await this.findUser(scope, restApiId, name);
    if (user) throw new ModelsError(ModelsErrorCode.ModelInUse, `Cannot delete model '${name}', is referenced in ${user}`);
    if (!(await this.models.delete(scope, restApiId, name))) throw ModelsError.modelNotFound(name);
  }

  /** `{"value": "<mapping template>"}` generated from the model's schema, references followed. */
  async template(scope: TenantScope, restApiId: string, name: string): Promise<{ value: string }> {
    const model = await this.requireModel(scope, restApiId, name);
    const all = new Map((await this.models.listAll(scope, restApiId)).map((m) => [m.name, m]));
    return { value: generateModelTemplate(parseStored(model), (other) => { const m = all.get(other); return m && parseStored(m); }) };
  }

  private async validateSchema(scope: TenantScope, restApiId: string, schema: string, ownName: string): Promise<void> {
    const names = new Set((await this.models.listAll(scope, restApiId)).map((m) => m.name));
    validateModelSchema(schema, restApiId, (ref) => ref === ownName || names.has(ref));
  }

  private async findUser(scope: TenantScope, restApiId: string, name: string): Promise<string | undefined> {
    const [resources, methods, responses, models] = await Promise.all([
      this.resources.listAll(scope, restApiId),
      this.methods.listByRestApi(scope, restApiId),
      this.methodResponses.listByRestApi(scope, restApiId),
      this.models.listAll(scope, restApiId),
    ]);
    const paths = new Map(resources.map((r) => [r.id, r.path]));
    const method = methods.find((m) => Object.values(m.requestModels).includes(name));
    if (method) return `method request: ${paths.get(method.resourceId) ?? ''}/${method.httpMethod}`;
    const response = responses.find((r) => Object.values(r.responseModels).includes(name));
    if (response) return `method response: ${paths.get(response.resourceId) ?? ''}/${response.httpMethod}/${response.statusCode}`;
    const model = models.find((m) => m.name !== name && referencedModels(m.schema).includes(name));
    if (model) return `model: ${model.name}`;
    return undefined;
  }

  private async requireModel(scope: TenantScope, restApiId: string, name: string): Promise<ModelEntity> {
    const model = await this.models.findByName(scope, restApiId, name);
    if (model) return model;
    await this.requireRestApi(scope, restApiId);
    throw ModelsError.modelNotFound(name);
  }

  private async requireRestApi(scope: TenantScope, restApiId: string): Promise<void> {
    if (!(await this.restApis.exists(scope, restApiId))) throw ModelsError.restApiNotFound(scope.accountId, restApiId);
  }
}

function flattenSchema(models: GraphModel[], name: string): string | undefined {
  try {
    return JSON.stringify(resolveModels(models)[name]?.schema);
  } catch (error) {
    // A reference that no longer resolves: answer with the schema as stored.
    if (error instanceof SnapshotCompileError) return undefined;
    throw error;
  }
}

function parseStored(model: ModelEntity): unknown {
  try {
    return model.schema === null ? {} : (JSON.parse(model.schema) as unknown);
  } catch {
    return {};
  }
}
