/**
 * Prepares a snapshot model schema for compiling as draft 4: drops `$schema` (every model is draft 4;
 * a draft-04 URL with or without `#` must not make the compiler look up another meta-schema) and
 * `id`s that would move the base URI. The snapshot compiler embeds referenced models under
 * `definitions` and points at them with `#/definitions/<name>`; an embedded model's own `id` would make
 * those pointers resolve inside that model instead of the root, and two models embedding the same model
 * would register its id twice in the shared compiler. Fragment ids (`#foo`) stay.
 * Only schema positions are walked, so `enum`/`default` values are never touched.
 */
export function normalizeSchema(schema: unknown): unknown {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$schema') continue;
    if (key === 'id' && typeof value === 'string' && !value.startsWith('#')) continue;
    out[key] = SCHEMA_MAPS.has(key) ? mapValues(value) : SCHEMA_LISTS.has(key) ? listOrSchema(value) : SCHEMA_VALUES.has(key) ? normalizeSchema(value) : value;
  }
  return out;
}

/** Keywords whose value is a map of name -> schema. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', 'dependencies']);
/** Keywords whose value is a schema or an array of schemas. */
const SCHEMA_LISTS = new Set(['items', 'allOf', 'anyOf', 'oneOf']);
/** Keywords whose value is one schema (or a boolean). */
const SCHEMA_VALUES = new Set(['additionalProperties', 'additionalItems', 'not']);

function mapValues(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  // Property dependencies are string arrays: normalizeSchema leaves arrays as they are.
  for (const [key, member] of Object.entries(value)) out[key] = normalizeSchema(member);
  return out;
}

function listOrSchema(value: unknown): unknown {
  return Array.isArray(value) ? value.map((item) => normalizeSchema(item)) : normalizeSchema(value);
}
