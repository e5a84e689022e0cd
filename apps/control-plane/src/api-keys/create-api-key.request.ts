import { asBody, optionalBoolean, optionalString, optionalStringMap } from '../common/body-fields';
import { checkApiKeyValue } from './api-key-value';
import { ApiKeysError } from './api-keys.error';

export interface StageKey {
  restApiId: string;
  stageName: string;
}

/** CreateApiKey body. AWS's API defaults `enabled` to false (the console sends true). */
export interface CreateApiKeyRequest {
  name?: string;
  description?: string;
  enabled: boolean;
  value?: string;
  stageKeys: StageKey[];
  customerId?: string;
  tags: Record<string, string>;
}

export const MAX_NAME_LENGTH = 1024;

export function parseCreateApiKeyRequest(raw: unknown): CreateApiKeyRequest {
  const fail = ApiKeysError.invalid;
  const body = asBody(raw, fail);
  const name = optionalString(body, 'name', fail);
  if (name !== undefined && name.length > MAX_NAME_LENGTH) throw fail(`Invalid 'name': must be at most ${MAX_NAME_LENGTH} characters`);
  const value = optionalString(body, 'value', fail);
  optionalBoolean(body, 'generateDistinctId', fail);
  return {
    name,
    description: optionalString(body, 'description', fail),
    enabled: optionalBoolean(body, 'enabled', fail) ?? false,
    value: value === undefined ? undefined : checkApiKeyValue(value, fail),
    stageKeys: parseStageKeys(body.stageKeys),
    customerId: optionalString(body, 'customerId', fail),
    tags: optionalStringMap(body, 'tags', fail) ?? {},
  };
}

function parseStageKeys(raw: unknown): StageKey[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw ApiKeysError.invalid("Invalid value for 'stageKeys': expected a list of {restApiId, stageName}");
  return raw.map((item: unknown) => {
    const entry = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    if (typeof entry.restApiId !== 'string' || entry.restApiId === '' || typeof entry.stageName !== 'string' || entry.stageName === '') {
      throw ApiKeysError.invalid("Invalid value for 'stageKeys': each entry needs a restApiId and a stageName");
    }
    return { restApiId: entry.restApiId, stageName: entry.stageName };
  });
}

/** `{restApiId}/{stageName}`, AWS's stored form (UpdateApiKey's /stages value uses it too). */
export function stageKeyString(key: StageKey): string {
  return `${key.restApiId}/${key.stageName}`;
}

export function parseStageKeyString(value: string): StageKey {
  const slash = value.indexOf('/');
  if (slash <= 0 || slash === value.length - 1) throw ApiKeysError.invalid(`Invalid stage key '${value}': expected {restApiId}/{stageName}`);
  return { restApiId: value.slice(0, slash), stageName: value.slice(slash + 1) };
}
