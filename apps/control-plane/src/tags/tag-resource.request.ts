import { asBody, optionalStringMap } from '../common/body-fields';
import { TagsError } from './tags.error';

const fail = (message: string): Error => TagsError.invalid(message);
/** AWS's limit of tags on one resource. */
export const MAX_TAGS = 50;

/** TagResource body: a non-empty map; keys up to 128 characters and not `aws:`-prefixed, values up to 256. */
export function parseTagResourceRequest(raw: unknown): Record<string, string> {
  const tags = optionalStringMap(asBody(raw, fail), 'tags', fail);
  if (!tags || Object.keys(tags).length === 0) throw fail("1 validation error detected: Value null at 'tags' failed to satisfy constraint: Member must not be null");
  for (const [key, value] of Object.entries(tags)) {
    if (key.length === 0 || key.length > 128) throw fail(`Invalid tag key: '${key}'. Tag keys must be 1 to 128 characters long`);
    if (key.toLowerCase().startsWith('aws:')) throw fail(`Invalid tag key: '${key}'. Tag keys must not start with 'aws:'`);
    if (value.length > 256) throw fail(`Invalid tag value for key '${key}'. Tag values can be up to 256 characters long`);
  }
  return tags;
}

/** UntagResource `tagKeys` query parameter (repeated); at least one key. */
export function parseTagKeys(raw: unknown): string[] {
  const keys = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((key): key is string => typeof key === 'string' && key !== '');
  if (keys.length === 0) throw fail("1 validation error detected: Value null at 'tagKeys' failed to satisfy constraint: Member must not be null");
  return keys;
}
