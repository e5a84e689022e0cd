import { createHash, randomInt } from 'node:crypto';
import type { FieldFailure } from '../common/body-fields';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** AWS: "A Key value must be between 20 and 128 characters"; printable ASCII without spaces or commas (CSV). */
const VALUE = /^[\x21-\x2b\x2d-\x7e]{20,128}$/;

/** A 40-character value like the ones AWS generates. */
export function generateApiKeyValue(): string {
  let value = '';
  for (let i = 0; i < 40; i++) value += ALPHABET[randomInt(ALPHABET.length)];
  return value;
}

export function checkApiKeyValue(value: string, fail: FieldFailure): string {
  if (value.length < 20) throw fail('API Key value should be at least 20 characters');
  if (!VALUE.test(value)) throw fail("Invalid API Key value: must be 20 to 128 printable ASCII characters without spaces or commas");
  return value;
}

/** What Redis and the data plane know a key by. */
export function apiKeyValueSha256(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}
