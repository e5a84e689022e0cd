import type { SnapshotModel } from '@tollgate/model';
import { buildMethod, buildSnapshot } from '@tollgate/testing';
import { compileMethodValidation, validateRequest, type CompiledValidation, type ValidationRequest } from './index';

const DRAFT4 = 'http://json-schema.org/draft-04/schema#';
const BODY_VALIDATOR = { body: { id: 'body', name: 'body-only', validateRequestBody: true, validateRequestParameters: false } };

/** Compiles one model as the only request model of a body-validated method. */
function compileSchema(schema: unknown, requestModels: Record<string, string> = { 'application/json': 'M' }, extra: Record<string, SnapshotModel> = {}): CompiledValidation {
  const snapshot = buildSnapshot({ requestValidators: BODY_VALIDATOR, models: { M: { name: 'M', contentType: 'application/json', schema }, ...extra } });
  const compiled = compileMethodValidation(snapshot, buildMethod({ httpMethod: 'POST', requestValidatorId: 'body', requestModels }));
  if (!compiled) throw new Error('expected a compiled validation');
  return compiled;
}

function post(body: string | undefined, contentType: string | undefined = 'application/json'): ValidationRequest {
  return { headers: {}, pathParameters: {}, queryStringParameters: {}, contentType, body };
}

interface BodyCase {
  name: string;
  schema: unknown;
  body: string | undefined;
  /** undefined = valid; else the exact validationErrorString */
  errors?: string;
}

// Messages are json-schema-validator's (what AWS puts in $context.error.validationErrorString).
const CASES: BodyCase[] = [
  { name: 'valid object', schema: { type: 'object', properties: { name: { type: 'string' } } }, body: '{"name":"Bella"}' },
  { name: 'required: one missing', schema: { type: 'object', required: ['name'] }, body: '{}', errors: '[object has missing required properties (["name"])]' },
  { name: 'required: several missing, sorted', schema: { type: 'object', required: ['type', 'price', 'name'] }, body: '{"price":1}', errors: '[object has missing required properties (["name","type"])]' },
  { name: 'type: string expected', schema: { type: 'object', properties: { name: { type: 'string' } } }, body: '{"name":5}', errors: '[instance type (integer) does not match any allowed primitive type (allowed: ["string"])]' },
  { name: 'type: number also allows integer', schema: { type: 'object', properties: { n: { type: 'number' } } }, body: '{"n":"100"}', errors: '[instance type (string) does not match any allowed primitive type (allowed: ["integer","number"])]' },
  { name: 'type: decimal is a number, not an integer', schema: { type: 'integer' }, body: '1.5', errors: '[instance type (number) does not match any allowed primitive type (allowed: ["integer"])]' },
  { name: 'type: list of types, sorted', schema: { type: ['string', 'null', 'boolean'] }, body: '[]', errors: '[instance type (array) does not match any allowed primitive type (allowed: ["boolean","null","string"])]' },
  { name: 'type: null found', schema: { type: 'object' }, body: 'null', errors: '[instance type (null) does not match any allowed primitive type (allowed: ["object"])]' },
  { name: 'enum', schema: { enum: ['dog', 'cat', 'fish'] }, body: '"bird"', errors: '[instance value ("bird") not found in enum (possible values: ["dog","cat","fish"])]' },
  { name: 'enum with numbers', schema: { enum: [1, 2] }, body: '3', errors: '[instance value (3) not found in enum (possible values: [1,2])]' },
  { name: 'minimum', schema: { type: 'number', minimum: 25 }, body: '4', errors: '[numeric instance is lower than the required minimum (minimum: 25, found: 4)]' },
  { name: 'minimum met exactly', schema: { type: 'number', minimum: 25 }, body: '25' },
  { name: 'exclusiveMinimum (draft 4 boolean) at the limit', schema: { type: 'number', minimum: 25, exclusiveMinimum: true }, body: '25', errors: '[numeric instance is not strictly greater than the required minimum 25]' },
  { name: 'exclusiveMinimum below the limit', schema: { type: 'number', minimum: 25, exclusiveMinimum: true }, body: '24.5', errors: '[numeric instance is lower than the required minimum (minimum: 25, found: 24.5)]' },
  { name: 'maximum', schema: { type: 'number', maximum: 500 }, body: '4000', errors: '[numeric instance is greater than the required maximum (maximum: 500, found: 4000)]' },
  { name: 'exclusiveMaximum at the limit', schema: { maximum: 500, exclusiveMaximum: true }, body: '500', errors: '[numeric instance is not strictly lower than the required maximum 500]' },
  { name: 'exclusiveMaximum false is inclusive', schema: { maximum: 500, exclusiveMaximum: false }, body: '500' },
  { name: 'minLength', schema: { type: 'string', minLength: 3 }, body: '"ab"', errors: '[string "ab" is too short (length: 2, required minimum: 3)]' },
  { name: 'minLength counts code points', schema: { type: 'string', minLength: 2 }, body: '"😀😀"' },
  { name: 'maxLength', schema: { type: 'string', maxLength: 3 }, body: '"abcd"', errors: '[string "abcd" is too long (length: 4, maximum allowed: 3)]' },
  { name: 'pattern', schema: { type: 'string', pattern: '^[a-z]+$' }, body: '"ABC"', errors: '[ECMA 262 regex "^[a-z]+$" does not match input string "ABC"]' },
  { name: 'pattern is a search, not a full match', schema: { type: 'string', pattern: '[0-9]' }, body: '"a1b"' },
  {
    name: 'additionalProperties false, sorted',
    schema: { type: 'object', properties: { a: {} }, additionalProperties: false },
    body: '{"z":1,"a":1,"b":2}',
    errors: '[object instance has properties which are not allowed by the schema: ["b","z"]]',
  },
  { name: 'additionalProperties schema', schema: { type: 'object', additionalProperties: { type: 'string' } }, body: '{"x":1}', errors: '[instance type (integer) does not match any allowed primitive type (allowed: ["string"])]' },
  { name: 'patternProperties allow extra names', schema: { type: 'object', patternProperties: { '^x-': {} }, additionalProperties: false }, body: '{"x-a":1}' },
  { name: 'minItems', schema: { type: 'array', minItems: 2 }, body: '[1]', errors: '[array is too short: must have at least 2 elements but instance has 1 elements]' },
  { name: 'maxItems', schema: { type: 'array', maxItems: 1 }, body: '[1,2]', errors: '[array is too long: must have at most 1 elements but instance has 2 elements]' },
  { name: 'uniqueItems', schema: { type: 'array', uniqueItems: true }, body: '[{"a":1},{"a":1}]', errors: '[array must not contain duplicate elements]' },
  { name: 'items: each element checked', schema: { type: 'array', items: { type: 'integer' } }, body: '[1,"x",3]', errors: '[instance type (string) does not match any allowed primitive type (allowed: ["integer"])]' },
  { name: 'additionalItems false', schema: { type: 'array', items: [{}, {}], additionalItems: false }, body: '[1,2,3]', errors: '[schema only allows 2 elements in array but instance has 3 elements]' },
  { name: 'multipleOf (draft 4 divisibleBy successor)', schema: { multipleOf: 5 }, body: '12', errors: '[remainder of division is not zero (12 / 5)]' },
  { name: 'minProperties', schema: { type: 'object', minProperties: 2 }, body: '{"a":1}', errors: '[object has too few properties (found 1 but schema requires at least 2)]' },
  { name: 'maxProperties', schema: { type: 'object', maxProperties: 1 }, body: '{"a":1,"b":2}', errors: '[object has too many properties (found 2 but schema requires at most 1)]' },
  {
    name: 'dependencies (property)',
    schema: { type: 'object', dependencies: { card: ['billing', 'address'] } },
    body: '{"card":"x"}',
    errors: '[property "card" of object has missing property dependencies (schema requires ["address","billing"]; missing: ["address","billing"])]',
  },
  { name: 'anyOf: one message, branches not listed', schema: { anyOf: [{ type: 'string' }, { type: 'integer' }] }, body: 'true', errors: '[instance failed to match at least one required schema among 2]' },
  { name: 'anyOf: one branch passes', schema: { anyOf: [{ type: 'string' }, { type: 'integer' }] }, body: '3' },
  { name: 'oneOf: two match', schema: { oneOf: [{ type: 'integer' }, { minimum: 0 }] }, body: '3', errors: '[instance failed to match exactly one schema (matched 2 out of 2)]' },
  { name: 'oneOf: none match', schema: { oneOf: [{ type: 'string' }, { type: 'boolean' }] }, body: '3', errors: '[instance failed to match exactly one schema (matched 0 out of 2)]' },
  { name: 'not', schema: { not: { type: 'string' } }, body: '"x"', errors: '[instance matched a schema which it should not have]' },
  {
    name: 'allOf: one message counting the matched branches',
    schema: { allOf: [{ type: 'object' }, { required: ['a'] }, { required: ['b'] }] },
    body: '{"a":1}',
    errors: '[instance failed to match all required schemas (matched only 2 out of 3)]',
  },
  {
    name: 'allOf under a property is reported once for that property',
    schema: { type: 'object', properties: { p: { allOf: [{ properties: { q: { type: 'string' } } }, { required: ['r'] }] } } },
    body: '{"p":{"q":1}}',
    errors: '[instance failed to match all required schemas (matched only 0 out of 2)]',
  },
  {
    name: 'several errors: own keywords first (alphabetically), then members in document order',
    schema: {
      type: 'object',
      required: ['name', 'type'],
      additionalProperties: false,
      properties: { price: { type: 'number', maximum: 500 }, id: { type: 'integer' }, name: { type: 'string' } },
    },
    body: '{"id":"x","price":4000,"extra":true}',
    errors:
      '[object instance has properties which are not allowed by the schema: ["extra"], object has missing required properties (["name","type"]), ' +
      'instance type (string) does not match any allowed primitive type (allowed: ["integer"]), numeric instance is greater than the required maximum (maximum: 500, found: 4000)]',
  },
  {
    name: 'nested objects and arrays',
    schema: { type: 'object', properties: { pets: { type: 'array', items: { type: 'object', required: ['name'] } } } },
    body: '{"pets":[{"name":"a"},{}]}',
    errors: '[object has missing required properties (["name"])]',
  },
  { name: 'format: known draft-4 format enforced (email)', schema: { type: 'string', format: 'email' }, body: '"not-an-email"', errors: '[string "not-an-email" is not a valid email address]' },
  { name: 'format: valid email', schema: { type: 'string', format: 'email' }, body: '"a@example.com"' },
  { name: 'format: date-time', schema: { format: 'date-time' }, body: '"2024-13-01"', errors: '[string "2024-13-01" is invalid against requested date format(s) [yyyy-MM-dd\'T\'HH:mm:ssZ, yyyy-MM-dd\'T\'HH:mm:ss.[0-9]{1,12}Z]]' },
  { name: 'format: valid date-time', schema: { format: 'date-time' }, body: '"2024-02-29T12:30:00.123Z"' },
  { name: 'format: ipv4', schema: { format: 'ipv4' }, body: '"256.1.1.1"', errors: '[string "256.1.1.1" is not a valid IPv4 address]' },
  { name: 'format: ipv6 valid', schema: { format: 'ipv6' }, body: '"2001:db8::1"' },
  { name: 'format: ipv6 invalid', schema: { format: 'ipv6' }, body: '"2001:db8::1::2"', errors: '[string "2001:db8::1::2" is not a valid IPv6 address]' },
  { name: 'format: hostname', schema: { format: 'hostname' }, body: '"-bad-.example"', errors: '[string "-bad-.example" is not a valid hostname]' },
  { name: 'format: uri', schema: { format: 'uri' }, body: '"no scheme"', errors: '[string "no scheme" is not a valid URI]' },
  { name: 'format: applies to strings only', schema: { format: 'email' }, body: '5' },
  { name: 'format: unknown formats are ignored', schema: { type: 'string', format: 'date' }, body: '"whatever"' },
  { name: 'format: custom names are ignored', schema: { type: 'string', format: 'x-tollgate-id' }, body: '"whatever"' },
  { name: 'unknown keywords are ignored', schema: { type: 'object', example: { a: 1 }, 'x-amazon-thing': true, discriminator: 'kind' }, body: '{}' },
  { name: '$schema draft-04 URL accepted', schema: { $schema: DRAFT4, type: 'object', required: ['a'] }, body: '{}', errors: '[object has missing required properties (["a"])]' },
  { name: '$schema draft-04 URL without #', schema: { $schema: 'http://json-schema.org/draft-04/schema', type: 'object' }, body: '{}' },
  { name: 'id keyword is accepted', schema: { id: 'http://example.com/pet', type: 'object', required: ['a'] }, body: '{"a":1}' },
  { name: 'a property named id is still a property', schema: { type: 'object', properties: { id: { type: 'integer' } } }, body: '{"id":"x"}', errors: '[instance type (string) does not match any allowed primitive type (allowed: ["integer"])]' },
  { name: 'enum values that look like schemas are kept', schema: { enum: [{ id: 'a', $schema: 'b' }] }, body: '{"id":"a","$schema":"b"}' },
  { name: 'empty body is {}', schema: { type: 'object', required: ['a'] }, body: undefined, errors: '[object has missing required properties (["a"])]' },
  { name: 'empty string body is {}', schema: { type: 'object' }, body: '' },
  { name: 'whitespace body is {}', schema: { type: 'object' }, body: ' \n ' },
  { name: 'Empty model accepts any object', schema: { $schema: DRAFT4, title: 'Empty Schema', type: 'object' }, body: '{"anything":[1,2,{"x":null}]}' },
  { name: 'Empty model refuses an array', schema: { $schema: DRAFT4, title: 'Empty Schema', type: 'object' }, body: '[1]', errors: '[instance type (array) does not match any allowed primitive type (allowed: ["object"])]' },
  { name: 'strings with quotes in messages are shown raw', schema: { maxLength: 1 }, body: '"a\\"b"', errors: '[string "a"b" is too long (length: 3, maximum allowed: 1)]' },
  { name: 'a schema of true-like {} accepts anything', schema: {}, body: '[1,"a",null]' },
];

describe('validateRequest: body against a model', () => {
  it.each(CASES)('$name', (c) => {
    const failure = validateRequest(compileSchema(c.schema), post(c.body));
    if (c.errors === undefined) {
      expect(failure).toBeUndefined();
    } else {
      expect(failure).toEqual({ type: 'BAD_REQUEST_BODY', message: 'Invalid request body', validationErrorString: c.errors });
    }
  });
});

describe('validateRequest: model references (as resolved by the snapshot compiler)', () => {
  // resolve-models.ts embeds referenced models under definitions and points at them locally.
  const pet = { type: 'object', required: ['name'], properties: { name: { type: 'string' }, owner: { $ref: '#/definitions/Person' } }, definitions: { Person: { id: 'Person', type: 'object', required: ['email'], properties: { email: { type: 'string', format: 'email' }, pets: { type: 'array', items: { $ref: '#/definitions/Pet' } } } }, Pet: { $ref: '#' } } };
  const tree = { $schema: DRAFT4, type: 'object', properties: { value: { type: 'integer' }, children: { type: 'array', items: { $ref: '#' } } } };

  it.each([
    ['a valid nested reference', pet, '{"name":"Bella","owner":{"email":"a@b.c"}}', undefined],
    ['an error inside a referenced model', pet, '{"name":"Bella","owner":{}}', '[object has missing required properties (["email"])]'],
    ['mutual references back to the root', pet, '{"name":"Bella","owner":{"email":"a@b.c","pets":[{}]}}', '[object has missing required properties (["name"])]'],
    ['a recursive model', tree, '{"value":1,"children":[{"value":2,"children":[{"value":"x"}]}]}', '[instance type (string) does not match any allowed primitive type (allowed: ["integer"])]'],
  ])('%s', (_name, schema, body, errors) => {
    const failure = validateRequest(compileSchema(schema), post(body));
    expect(failure?.validationErrorString).toBe(errors);
  });

  it('a recursive model validates 999 levels of nesting without overflowing', () => {
    // Each step nests an object and an array: 499 steps + the innermost {} = 999 levels.
    const body = '{"children":['.repeat(499) + '{}' + ']}'.repeat(499);
    expect(validateRequest(compileSchema(tree), post(body))).toBeUndefined();
  });
});

describe('validateRequest: model choice by Content-Type', () => {
  const models = { Strict: { name: 'Strict', contentType: 'application/json', schema: { type: 'object', required: ['strict'] } } };
  const cases: { name: string; requestModels: Record<string, string>; contentType: string | undefined; failsWith?: string }[] = [
    { name: 'exact match', requestModels: { 'application/json': 'M' }, contentType: 'application/json', failsWith: 'm' },
    { name: 'media type parameters are ignored', requestModels: { 'application/json': 'M' }, contentType: 'application/json; charset=utf-8', failsWith: 'm' },
    { name: 'media types are case-insensitive', requestModels: { 'Application/JSON': 'M' }, contentType: 'APPLICATION/json', failsWith: 'm' },
    { name: 'missing Content-Type counts as application/json', requestModels: { 'application/json': 'M' }, contentType: undefined, failsWith: 'm' },
    { name: 'blank Content-Type counts as application/json', requestModels: { 'application/json': 'M' }, contentType: ' ', failsWith: 'm' },
    { name: 'no matching model: body not validated', requestModels: { 'application/json': 'M' }, contentType: 'text/plain' },
    { name: '$default catches other types', requestModels: { 'application/json': 'Strict', $default: 'M' }, contentType: 'text/plain', failsWith: 'm' },
    { name: 'exact match wins over $default', requestModels: { 'application/json': 'Strict', $default: 'M' }, contentType: 'application/json', failsWith: 'strict' },
    { name: 'other model keyed by its own type', requestModels: { 'application/json': 'M', 'application/vnd.pet+json': 'Strict' }, contentType: 'application/vnd.pet+json', failsWith: 'strict' },
  ];

  it.each(cases)('$name', (c) => {
    const compiled = compileSchema({ type: 'object', required: ['m'] }, c.requestModels, models);
    const failure = validateRequest(compiled, post('{}', c.contentType));
    expect(failure?.validationErrorString).toBe(c.failsWith === undefined ? undefined : `[object has missing required properties (["${c.failsWith}"])]`);
  });
});

describe('validateRequest: bad and pathological bodies', () => {
  const compiled = compileSchema({ type: 'object', properties: { a: { type: 'array', uniqueItems: true } } });

  it.each([
    ['not JSON', 'name=Bella'],
    ['truncated JSON', '{"name": "Bella"'],
    ['trailing garbage', '{} x'],
    ['XML', '<pet><name>Bella</name></pet>'],
  ])('refuses %s as an invalid body', (_name, body) => {
    const failure = validateRequest(compiled, post(body));
    expect(failure?.type).toBe('BAD_REQUEST_BODY');
    expect(failure?.message).toBe('Invalid request body');
    expect(failure?.validationErrorString).toMatch(/^\[Invalid JSON in request body: .+\]$/);
  });

  it('refuses 1001 levels', () => {
    const body = '{"children":['.repeat(500) + '{}' + ']}'.repeat(500);
    expect(validateRequest(compileSchema({ type: 'object' }), post(body))?.validationErrorString).toBe('[JSON nesting depth exceeds the maximum allowed (1000)]');
  });

  it('refuses nesting deeper than 1000 levels without recursing', () => {
    const body = '{"a":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}';
    const failure = validateRequest(compiled, post(body));
    expect(failure).toEqual({ type: 'BAD_REQUEST_BODY', message: 'Invalid request body', validationErrorString: '[JSON nesting depth exceeds the maximum allowed (1000)]' });
  });

  it('brackets inside strings do not count as nesting', () => {
    const body = JSON.stringify({ note: '['.repeat(5000) });
    expect(validateRequest(compileSchema({ type: 'object' }), post(body))).toBeUndefined();
  });

  it('deep-equality on deep duplicates stays a 400 (uniqueItems)', () => {
    const deep = '['.repeat(999) + ']'.repeat(999);
    const failure = validateRequest(compiled, post(`{"a":[${deep.slice(1, -1)},${deep.slice(1, -1)}]}`));
    expect(failure?.type).toBe('BAD_REQUEST_BODY');
  });

  it('validates a large body (5 MB) in bounded time', () => {
    const items = Array.from({ length: 50_000 }, (_, i) => ({ id: i, name: `pet-${i}`, tags: ['a', 'b'], note: 'x'.repeat(64) }));
    const big = compileSchema({ type: 'object', properties: { items: { type: 'array', items: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'integer' }, name: { type: 'string' } } } } } });
    const body = JSON.stringify({ items });
    expect(body.length).toBeGreaterThan(5_000_000);
    const started = Date.now();
    expect(validateRequest(big, post(body))).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('compileMethodValidation: schemas that cannot be compiled', () => {
  it.each([
    ['a $ref to an unknown URL', { $ref: 'http://example.com/elsewhere.json' }],
    ['a $ref to a missing definition', { type: 'object', properties: { a: { $ref: '#/definitions/Nope' } } }],
    ['a schema that is not an object', 'string schema'],
    ['an array schema', [{ type: 'object' }]],
    ['a schema nested too deep to walk', JSON.parse('{"not":'.repeat(20_000) + '{}' + '}'.repeat(20_000))],
  ])('reports %s as a problem and leaves that content type unvalidated', (_name, schema) => {
    const compiled = compileSchema(schema);
    expect(compiled.problems).toHaveLength(1);
    expect(compiled.problems[0]).toMatch(/^application\/json: Model M /);
    expect(validateRequest(compiled, post('{"a":1}'))).toBeUndefined();
  });
});
