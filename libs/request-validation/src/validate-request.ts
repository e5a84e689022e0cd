import { nestsDeeperThan } from './json-depth';
import type { CompiledModel, CompiledValidation, RequiredParameter, ValidationFailure, ValidationRequest } from './validation.types';

/** Jackson's default nesting limit: deeper bodies are refused before validation can recurse that far. */
export const MAX_BODY_DEPTH = 1000;

const INVALID_BODY = 'Invalid request body';

/**
 * Checks one request against a method's compiled validation. Parameters first (BAD_REQUEST_PARAMETERS),
 * then the body (BAD_REQUEST_BODY). Undefined when the request passes. Never throws.
 */
export function validateRequest(compiled: CompiledValidation, request: ValidationRequest): ValidationFailure | undefined {
  const missing = missingParameters(compiled.requiredParameters, request);
  if (missing.length > 0) {
    const message = `Missing required request parameters: [${missing.join(', ')}]`;
    return { type: 'BAD_REQUEST_PARAMETERS', message, validationErrorString: message };
  }
  if (compiled.bodyModels.size === 0) return undefined;
  const model = modelFor(compiled.bodyModels, request.contentType);
  return model ? validateBody(model, request.body) : undefined;
}

function missingParameters(required: readonly RequiredParameter[], request: ValidationRequest): string[] {
  const missing: string[] = [];
  for (const parameter of required) {
    const source = parameter.location === 'header' ? request.headers : parameter.location === 'path' ? request.pathParameters : request.queryStringParameters;
    const value = Object.prototype.hasOwnProperty.call(source, parameter.key) ? source[parameter.key] : undefined;
    // AWS requires the parameter to be present and not blank.
    if (value === undefined || value.trim() === '') missing.push(parameter.name);
  }
  return missing;
}

/**
 * The model for the request's media type (parameters such as charset ignored, case-insensitive; a missing
 * Content-Type counts as application/json), else the `$default` model, else none: AWS skips body
 * validation when no model matches the content type.
 */
function modelFor(models: ReadonlyMap<string, CompiledModel>, contentType: string | undefined): CompiledModel | undefined {
  const semicolon = contentType === undefined ? -1 : contentType.indexOf(';');
  const mediaType = (contentType === undefined ? '' : semicolon === -1 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase();
  return models.get(mediaType === '' ? 'application/json' : mediaType) ?? models.get('$default');
}

function validateBody(model: CompiledModel, body: string | undefined): ValidationFailure | undefined {
  const text = body === undefined || body.trim() === '' ? '{}' : body;
  if (nestsDeeperThan(text, MAX_BODY_DEPTH)) return invalidBody([`JSON nesting depth exceeds the maximum allowed (${MAX_BODY_DEPTH})`]);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return invalidBody([`Invalid JSON in request body: ${error instanceof Error ? error.message : String(error)}`]);
  }
  let messages: string[] | undefined;
  try {
    messages = model.check(value);
  } catch (error) {
    // A stack overflow in a recursive rule (e.g. uniqueItems deep-equality) must stay a 400, never a 500.
    return invalidBody([`instance could not be validated: ${error instanceof Error ? error.message : String(error)}`]);
  }
  return messages ? invalidBody(messages) : undefined;
}

/** AWS's validationErrorString is the report as a Java list: `[message, message]`. */
function invalidBody(messages: readonly string[]): ValidationFailure {
  return { type: 'BAD_REQUEST_BODY', message: INVALID_BODY, validationErrorString: `[${messages.join(', ')}]` };
}
