import type { DocumentationLocationValue } from '@tollgate/persistence';
import { DocumentationPartsError } from './documentation-parts.error';

export const LOCATION_TYPES = [
  'API', 'AUTHORIZER', 'MODEL', 'RESOURCE', 'METHOD', 'PATH_PARAMETER', 'QUERY_PARAMETER',
  'REQUEST_HEADER', 'REQUEST_BODY', 'RESPONSE', 'RESPONSE_HEADER', 'RESPONSE_BODY',
];

// Which location fields each type accepts (AWS DocumentationPartLocation); absent valid fields take defaults.
const WITH_PATH = new Set(['RESOURCE', 'METHOD', 'PATH_PARAMETER', 'QUERY_PARAMETER', 'REQUEST_HEADER', 'REQUEST_BODY', 'RESPONSE', 'RESPONSE_HEADER', 'RESPONSE_BODY']);
const WITH_METHOD = new Set(['METHOD', 'PATH_PARAMETER', 'QUERY_PARAMETER', 'REQUEST_HEADER', 'REQUEST_BODY', 'RESPONSE', 'RESPONSE_HEADER', 'RESPONSE_BODY']);
const WITH_STATUS = new Set(['RESPONSE', 'RESPONSE_HEADER', 'RESPONSE_BODY']);
const NAME_REQUIRED = new Set(['AUTHORIZER', 'MODEL', 'PATH_PARAMETER', 'QUERY_PARAMETER', 'REQUEST_HEADER', 'RESPONSE_HEADER']);
const NAME_ALLOWED = new Set([...NAME_REQUIRED, 'REQUEST_BODY']);
const METHODS = new Set(['*', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ANY']);

/** A location validated per type as AWS does, with the defaults (`/`, `*`) filled in. */
export function parseLocation(raw: unknown): DocumentationLocationValue {
  const fail = DocumentationPartsError.invalid;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw fail('Documentation part location must be specified');
  const fields = raw as Record<string, unknown>;
  const text = (field: string): string | undefined => {
    const value = fields[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string' || value.includes('\u0000') || value.length > 2048) throw fail(`Invalid value for 'location.${field}': expected a string`);
    return value;
  };
  const type = text('type');
  if (type === undefined) throw fail('Documentation part location type must be specified');
  if (!LOCATION_TYPES.includes(type)) {
    throw fail(`1 validation error detected: Value '${type}' at 'location.type' failed to satisfy constraint: Member must satisfy enum value set: [${LOCATION_TYPES.join(', ')}]`);
  }
  const location: DocumentationLocationValue = { type };
  const path = text('path');
  const method = text('method');
  const statusCode = text('statusCode');
  const name = text('name');
  const invalidField = (field: string) => fail(`Invalid location: '${field}' is not a valid field for a documentation part of type ${type}`);
  if (path !== undefined && !WITH_PATH.has(type)) throw invalidField('path');
  if (method !== undefined && !WITH_METHOD.has(type)) throw invalidField('method');
  if (statusCode !== undefined && !WITH_STATUS.has(type)) throw invalidField('statusCode');
  if (name !== undefined && !NAME_ALLOWED.has(type)) throw invalidField('name');
  if (WITH_PATH.has(type)) {
    if (path !== undefined && !path.startsWith('/')) throw fail(`Invalid location path specified: ${path}`);
    location.path = path ?? '/';
  }
  if (WITH_METHOD.has(type)) {
    if (method !== undefined && !METHODS.has(method.toUpperCase())) throw fail(`Invalid location method specified: ${method}`);
    location.method = method === undefined ? '*' : method.toUpperCase();
  }
  if (WITH_STATUS.has(type)) {
    if (statusCode !== undefined && statusCode !== '*' && !/^[1-5]\d\d$/.test(statusCode)) throw fail(`Invalid location status code specified: ${statusCode}`);
    location.statusCode = statusCode ?? '*';
  }
  if (NAME_REQUIRED.has(type) && (name === undefined || name === '')) throw fail(`Invalid location: 'name' is required for a documentation part of type ${type}`);
  if (name !== undefined) location.name = name;
  return location;
}

/** One string per location, so "one part per location" is a unique index. */
export function locationKey(location: DocumentationLocationValue): string {
  return JSON.stringify([location.type, location.path ?? null, location.method ?? null, location.statusCode ?? null, location.name ?? null]);
}

/** `properties` must be a JSON object, given as a string. */
export function checkProperties(properties: unknown): string {
  const fail = DocumentationPartsError.invalid;
  if (typeof properties !== 'string') throw fail('Documentation part properties must be specified as a JSON string');
  if (properties.length > 32768 || properties.includes('\u0000')) throw fail('Invalid documentation content specified: at most 32768 characters are allowed');
  let parsed: unknown;
  try {
    parsed = JSON.parse(properties);
  } catch {
    throw fail('Invalid documentation content specified. Documentation content must be a JSON object');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw fail('Invalid documentation content specified. Documentation content must be a JSON object');
  return properties;
}
