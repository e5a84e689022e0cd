import type { ErrorObject } from 'ajv-draft-04';

/**
 * AWS validates models with the Java json-schema-validator library and reports its messages in
 * `$context.error.validationErrorString`. This turns ajv's errors into that library's wording
 * (validation.properties), one line per rule, so logs and custom BAD_REQUEST_BODY templates read alike.
 */
type Formatter = (error: ErrorObject) => string;

const json = (value: unknown): string => JSON.stringify(value) ?? 'null';
const num = (value: unknown): string => (typeof value === 'number' ? String(value) : json(value));
const str = (value: unknown): string => (typeof value === 'string' ? value : json(value));
const codePoints = (value: unknown): number => (typeof value === 'string' ? [...value].length : 0);
const count = (value: unknown): number => (Array.isArray(value) ? value.length : value && typeof value === 'object' ? Object.keys(value).length : 0);

/** json-schema-validator's type names ("integer" for whole numbers). */
export function nodeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value === 'string' || typeof value === 'boolean' ? typeof value : 'object';
}

function allowedTypes(schema: unknown): string {
  const types = new Set((Array.isArray(schema) ? schema : [schema]).filter((t): t is string => typeof t === 'string'));
  // The library lets "number" take integers and lists both.
  if (types.has('number')) types.add('integer');
  return json([...types].sort());
}

function isExclusive(error: ErrorObject, keyword: 'exclusiveMinimum' | 'exclusiveMaximum'): boolean {
  const parent = error.parentSchema as Record<string, unknown> | undefined;
  return parent?.[keyword] === true;
}

const FORMAT_MESSAGES: Record<string, (value: string) => string> = {
  'date-time': (v) => `string "${v}" is invalid against requested date format(s) [yyyy-MM-dd'T'HH:mm:ssZ, yyyy-MM-dd'T'HH:mm:ss.[0-9]{1,12}Z]`,
  email: (v) => `string "${v}" is not a valid email address`,
  hostname: (v) => `string "${v}" is not a valid hostname`,
  ipv4: (v) => `string "${v}" is not a valid IPv4 address`,
  ipv6: (v) => `string "${v}" is not a valid IPv6 address`,
  uri: (v) => `string "${v}" is not a valid URI`,
  regex: (v) => `string "${v}" is not a valid ECMA 262 regular expression`,
};

/** One formatter per keyword ajv reports on its own (grouped keywords are handled in `toMessages`). */
const MESSAGES: Record<string, Formatter> = {
  type: (e) => `instance type (${nodeType(e.data)}) does not match any allowed primitive type (allowed: ${allowedTypes(e.schema)})`,
  enum: (e) => `instance value (${json(e.data)}) not found in enum (possible values: ${json(e.schema)})`,
  minimum: (e) =>
    isExclusive(e, 'exclusiveMinimum') && e.data === e.schema
      ? `numeric instance is not strictly greater than the required minimum ${num(e.schema)}`
      : `numeric instance is lower than the required minimum (minimum: ${num(e.schema)}, found: ${num(e.data)})`,
  maximum: (e) =>
    isExclusive(e, 'exclusiveMaximum') && e.data === e.schema
      ? `numeric instance is not strictly lower than the required maximum ${num(e.schema)}`
      : `numeric instance is greater than the required maximum (maximum: ${num(e.schema)}, found: ${num(e.data)})`,
  minLength: (e) => `string "${str(e.data)}" is too short (length: ${codePoints(e.data)}, required minimum: ${num(e.schema)})`,
  maxLength: (e) => `string "${str(e.data)}" is too long (length: ${codePoints(e.data)}, maximum allowed: ${num(e.schema)})`,
  pattern: (e) => `ECMA 262 regex "${str(e.schema)}" does not match input string "${str(e.data)}"`,
  minItems: (e) => `array is too short: must have at least ${num(e.schema)} elements but instance has ${count(e.data)} elements`,
  maxItems: (e) => `array is too long: must have at most ${num(e.schema)} elements but instance has ${count(e.data)} elements`,
  uniqueItems: () => 'array must not contain duplicate elements',
  additionalItems: (e) => `schema only allows ${num(e.params['limit'])} elements in array but instance has ${count(e.data)} elements`,
  multipleOf: (e) => `remainder of division is not zero (${num(e.data)} / ${num(e.schema)})`,
  minProperties: (e) => `object has too few properties (found ${count(e.data)} but schema requires at least ${num(e.schema)})`,
  maxProperties: (e) => `object has too many properties (found ${count(e.data)} but schema requires at most ${num(e.schema)})`,
  anyOf: (e) => `instance failed to match at least one required schema among ${count(e.schema)}`,
  oneOf: (e) => {
    const passing = e.params['passingSchemas'];
    const matched = Array.isArray(passing) ? passing.length : 0;
    return `instance failed to match exactly one schema (matched ${matched} out of ${count(e.schema)})`;
  },
  not: () => 'instance matched a schema which it should not have',
  format: (e) => FORMAT_MESSAGES[str(e.schema)]?.(str(e.data)) ?? `string "${str(e.data)}" does not match format "${str(e.schema)}"`,
};

/** The first combinator branch in a schema path: its branches are reported inside the combinator's message. */
const FIRST_BRANCH = /^(.*?)\/(anyOf|oneOf|allOf)\/(\d+)(\/.*)$|^(.*?)\/not(\/.*)$/;

interface Located {
  readonly instancePath: string;
  readonly keyword: string;
  readonly message: string;
}

interface AllOfFailure {
  readonly instancePath: string;
  readonly total: number;
  readonly failed: Set<string>;
}

/**
 * The top-level messages for one failed validation, ordered like the library's report: an instance's own
 * keywords (alphabetically) before its members, members in document order. `schema` is the compiled root
 * (to size `allOf`s); `data` the validated value (for document order).
 */
export function toMessages(errors: readonly ErrorObject[], data: unknown, schema: unknown): string[] {
  const located: Located[] = [];
  const grouped = new Map<string, { instancePath: string; keyword: string; build: (items: string[]) => string; items: string[] }>();
  const allOfFailures = new Map<string, AllOfFailure>();
  for (const error of errors) {
    const branch = FIRST_BRANCH.exec(error.schemaPath);
    if (branch) {
      // anyOf/oneOf/not report their own error after the branches; allOf has none, so it is built here.
      if (branch[2] === 'allOf') noteAllOf(error, branch[1], branch[3], branch[4], schema, allOfFailures);
      continue;
    }
    const group = groupOf(error);
    if (group) {
      const key = `${error.instancePath}\u0000${error.schemaPath}\u0000${group.id}`;
      const entry = grouped.get(key) ?? { instancePath: error.instancePath, keyword: error.keyword, build: group.build, items: [] };
      entry.items.push(group.item);
      grouped.set(key, entry);
      continue;
    }
    const format = MESSAGES[error.keyword];
    located.push({ instancePath: error.instancePath, keyword: error.keyword, message: format ? format(error) : `instance failed the "${error.keyword}" rule` });
  }
  for (const entry of grouped.values()) {
    located.push({ instancePath: entry.instancePath, keyword: entry.keyword, message: entry.build([...new Set(entry.items)].sort()) });
  }
  for (const failure of allOfFailures.values()) {
    const matched = failure.total - failure.failed.size;
    located.push({
      instancePath: failure.instancePath,
      keyword: 'allOf',
      message: `instance failed to match all required schemas (matched only ${matched} out of ${failure.total})`,
    });
  }
  return sortLikeReport(located, data).map((l) => l.message);
}

function groupOf(error: ErrorObject): { id: string; item: string; build: (items: string[]) => string } | undefined {
  switch (error.keyword) {
    case 'required':
      return { id: '', item: str(error.params['missingProperty']), build: (items) => `object has missing required properties (${json(items)})` };
    case 'additionalProperties':
      return {
        id: '',
        item: str(error.params['additionalProperty']),
        build: (items) => `object instance has properties which are not allowed by the schema: ${json(items)}`,
      };
    case 'dependencies': {
      const property = str(error.params['property']);
      const deps = str(error.params['deps']).split(', ').filter((d) => d.length > 0);
      return {
        id: property,
        item: str(error.params['missingProperty']),
        build: (items) => `property "${property}" of object has missing property dependencies (schema requires ${json([...deps].sort())}; missing: ${json(items)})`,
      };
    }
    default:
      return undefined;
  }
}

function noteAllOf(error: ErrorObject, base: string, index: string, tail: string, schema: unknown, failures: Map<string, AllOfFailure>): void {
  // The allOf applies where the branch started: drop the instance segments the branch descended into.
  const instancePath = dropSegments(error.instancePath, instanceDepth(tail));
  const key = `${instancePath}\u0000${base}`;
  const branches = resolvePointer(schema, `${base}/allOf`);
  const total = Array.isArray(branches) ? branches.length : Number(index) + 1;
  const entry = failures.get(key) ?? { instancePath, total, failed: new Set<string>() };
  entry.failed.add(index);
  failures.set(key, entry);
}

/** How many instance levels a schema path (after a branch) descends; the last segment is the failing keyword. */
function instanceDepth(tail: string): number {
  const segments = tail.split('/').slice(1, -1);
  let depth = 0;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (segment === 'properties' || segment === 'patternProperties') {
      depth++;
      i++;
    } else if (segment === 'items') {
      depth++;
      if (/^\d+$/.test(segments[i + 1] ?? '')) i++;
    } else if (segment === 'additionalProperties' || segment === 'additionalItems') {
      depth++;
    } else if (segment === 'dependencies' || segment === 'definitions' || segment === 'allOf' || segment === 'anyOf' || segment === 'oneOf') {
      i++;
    }
  }
  return depth;
}

function dropSegments(pointer: string, count: number): string {
  if (count === 0) return pointer;
  const parts = pointer.split('/');
  return parts.slice(0, Math.max(1, parts.length - count)).join('/');
}

function resolvePointer(root: unknown, schemaPath: string): unknown {
  let node = root;
  for (const raw of schemaPath.replace(/^#/, '').split('/').slice(1)) {
    const segment = safeDecode(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

function sortLikeReport(located: Located[], data: unknown): Located[] {
  const keyed = located.map((l) => ({ l, order: pointerOrder(l.instancePath, data) }));
  keyed.sort((a, b) => {
    const length = Math.min(a.order.length, b.order.length);
    for (let i = 0; i < length; i++) if (a.order[i] !== b.order[i]) return a.order[i] - b.order[i];
    if (a.order.length !== b.order.length) return a.order.length - b.order.length;
    return a.l.keyword < b.l.keyword ? -1 : a.l.keyword > b.l.keyword ? 1 : 0;
  });
  return keyed.map((k) => k.l);
}

/** Position of each pointer segment within its parent (document order), for sorting. */
function pointerOrder(pointer: string, data: unknown): number[] {
  if (pointer === '') return [];
  const order: number[] = [];
  let node: unknown = data;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      order.push(Number(segment));
      node = node[Number(segment)];
    } else if (node !== null && typeof node === 'object') {
      order.push(Object.keys(node).indexOf(segment));
      node = (node as Record<string, unknown>)[segment];
    } else {
      order.push(0);
    }
  }
  return order;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
