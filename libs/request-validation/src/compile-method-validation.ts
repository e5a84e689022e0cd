import type { Snapshot, SnapshotMethod } from '@tollgate/model';
import { compiledModel } from './compile-models';
import type { CompiledModel, CompiledValidation, ParameterLocation, RequiredParameter } from './validation.types';

const PARAMETER = /^method\.request\.(header|path|querystring)\.(.+)$/;

/**
 * Compiles what `method`'s request validator checks, once, at snapshot load. Undefined when the method
 * has no (known) validator or the validator has nothing to check. Never throws: a model that cannot be
 * used is listed in `problems` and its content type is then not validated.
 */
export function compileMethodValidation(snapshot: Snapshot, method: SnapshotMethod): CompiledValidation | undefined {
  const validatorId = method.requestValidatorId?.trim();
  if (!validatorId) return undefined;
  const validator = Object.prototype.hasOwnProperty.call(snapshot.requestValidators, validatorId) ? snapshot.requestValidators[validatorId] : undefined;
  if (!validator) return undefined;
  const requiredParameters = validator.validateRequestParameters ? requiredParametersOf(method.requestParameters) : [];
  const problems: string[] = [];
  const bodyModels = new Map<string, CompiledModel>();
  if (validator.validateRequestBody) {
    for (const [contentType, modelName] of Object.entries(method.requestModels ?? {})) {
      const model = compiledModel(snapshot, modelName);
      if (model instanceof Error) problems.push(`${contentType}: ${model.message}`);
      else bodyModels.set(contentType === '$default' ? contentType : contentType.trim().toLowerCase(), model);
    }
  }
  if (requiredParameters.length === 0 && bodyModels.size === 0 && problems.length === 0) return undefined;
  return { requiredParameters, bodyModels, problems };
}

/** Required parameters in AWS's order: sorted by the full key, so headers, then path, then querystring. */
function requiredParametersOf(parameters: Record<string, boolean> | undefined): RequiredParameter[] {
  const required: RequiredParameter[] = [];
  const keys = Object.keys(parameters ?? {}).filter((key) => parameters?.[key] === true).sort();
  for (const key of keys) {
    const match = PARAMETER.exec(key);
    if (!match) continue;
    const location = match[1] as ParameterLocation;
    const name = match[2];
    required.push({ location, name, key: location === 'header' ? name.toLowerCase() : name });
  }
  return required;
}
