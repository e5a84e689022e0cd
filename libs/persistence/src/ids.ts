import { randomInt } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** AWS-looking identifier: 10 lower-case alphanumerics (REST APIs, resources, deployments, keys, plans). */
export function newId(length = 10): string {
  let id = '';
  for (let i = 0; i < length; i++) id += ALPHABET[randomInt(ALPHABET.length)];
  return id;
}
