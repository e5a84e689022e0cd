import { createHash } from 'node:crypto';
import type { ModelDefinition } from './api-definition';
import type { ImportContext } from './import-context';
import { asObject, asString, isObject } from './json-value';
import { modelNameFromRef, modelUrl, referencedModels, rewriteModelRefs } from './model-refs';

const MODEL_NAME = /^[a-zA-Z0-9]+$/;

/** `definitions` (Swagger) or `components.schemas` (OAS 3) -> JSON models, as AWS creates them on import. */
export function importModels(ctx: ImportContext): void {
  const schemas = ctx.flavour === 'swagger' ? asObject(ctx.doc['definitions']) : asObject(asObject(ctx.doc['components'])['schemas']);
  for (const [name, schema] of Object.entries(schemas)) {
    if (!MODEL_NAME.test(name)) {
      ctx.errors.push(`Unable to create model for '${name}': Model name must be alphanumeric: ${name}`);
      continue;
    }
    ctx.models.set(name, toModel(ctx, name, schema));
  }
  const prefix = ctx.flavour === 'swagger' ? 'definitions' : 'components.schemas';
  for (const model of ctx.models.values()) {
    for (const ref of referencedModels(JSON.parse(model.schema))) {
      if (!ctx.models.has(ref)) ctx.warnings.push(`Parse issue: attribute ${prefix}.${model.name}.#/${prefix.replace('.', '/')}/${ref} is missing`);
    }
  }
}

/**
 * The model a request or response body uses: a `$ref` names an existing model; an inline schema becomes a
 * generated model named after its content, so the same schema always gets the same name.
 * `attribute` is where the schema sits, in AWS's notation (`paths.'/pets'(get).responses.200.schema`).
 */
export function modelForSchema(ctx: ImportContext, schema: unknown, attribute: string): string | undefined {
  if (!isObject(schema)) return undefined;
  const ref = asString(schema['$ref']);
  if (ref !== undefined) {
    const name = modelNameFromRef(ref);
    if (name === undefined || !ctx.models.has(name)) {
      // AWS's wording for a missing model reference, which it reports as a warning.
      ctx.warnings.push(`Parse issue: attribute ${attribute}.${ref} is missing`);
      return undefined;
    }
    return name;
  }
  const hash = createHash('sha256').update(JSON.stringify(schema)).digest('hex').slice(0, 6);
  const name = `MODEL${hash}`;
  if (!ctx.models.has(name)) ctx.models.set(name, toModel(ctx, name, schema));
  return name;
}

function toModel(ctx: ImportContext, name: string, schema: unknown): ModelDefinition {
  if (isObject(schema) && schema['discriminator'] !== undefined) {
    ctx.warnings.push(`Model '${name}' uses 'discriminator', which API Gateway does not support. Ignoring it for validation.`);
  }
  const rewritten = rewriteModelRefs(schema, (target) => modelUrl(ctx.restApiId, target));
  return { name, contentType: 'application/json', schema: JSON.stringify(rewritten) };
}
