import type { ModelValues } from '@tollgate/persistence';
import { asBody, type FieldFailure, optionalString } from '../common/body-fields';
import { ModelsError } from './models.error';

/** AWS caps model schemas at 400 KB. */
export const MAX_SCHEMA_LENGTH = 400 * 1024;

/** CreateModel's body, validated (the schema itself is checked by the service against the API's models). */
export function parseCreateModelRequest(raw: unknown): ModelValues & { schema: string } {
  const fail = ModelsError.invalid;
  const body = asBody(raw, fail);
  const name = optionalString(body, 'name', fail, 255);
  if (name === undefined || name === '') throw fail('Model name must be non-empty');
  if (!/^[a-zA-Z0-9]+$/.test(name)) throw fail(`Invalid model name specified, must be alphanumeric: ${name}`);
  const contentType = optionalString(body, 'contentType', fail, 256);
  if (contentType === undefined || contentType.trim() === '') throw fail('Content type must be non-empty');
  return {
    name,
    contentType,
    description: optionalString(body, 'description', fail) ?? null,
    schema: requiredSchema(optionalString(body, 'schema', fail, MAX_SCHEMA_LENGTH), fail),
  };
}

/** AWS refuses a model without a schema (CreateModel and UpdateModel's /schema). */
export function requiredSchema(schema: string | undefined, fail: FieldFailure): string {
  if (schema === undefined || schema.trim() === '') throw fail('Model schema must have at least 1 property or array items defined');
  return schema;
}
