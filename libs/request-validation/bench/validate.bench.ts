// Micro-benchmark (not a test): validates typical requests N times and prints ops/s, plus the one-off
// compile cost paid at snapshot load.
// Run: node -r ./scripts/register.cjs libs/request-validation/bench/validate.bench.ts [iterations]
import { performance } from 'node:perf_hooks';
import type { Snapshot, SnapshotMethod } from '@tollgate/model';
import { buildMethod, buildSnapshot } from '@tollgate/testing';
import { compileMethodValidation, validateRequest, type ValidationRequest } from '../src/index';

const PET = {
  $schema: 'http://json-schema.org/draft-04/schema#',
  type: 'object',
  required: ['type', 'name', 'price'],
  properties: {
    id: { type: 'integer' },
    type: { type: 'string', enum: ['dog', 'cat', 'fish'] },
    name: { type: 'string', minLength: 1, maxLength: 64 },
    price: { type: 'number', minimum: 25, maximum: 500 },
  },
};
// As the snapshot compiler leaves a model that references another: embedded under definitions.
const ORDER = {
  type: 'object',
  required: ['orderId', 'pets'],
  properties: {
    orderId: { type: 'string', pattern: '^[a-z0-9-]{8,40}$' },
    email: { type: 'string', format: 'email' },
    pets: { type: 'array', maxItems: 100, items: { $ref: '#/definitions/Pet' } },
  },
  definitions: { Pet: PET },
};

const validators = {
  all: { id: 'all', name: 'all', validateRequestBody: true, validateRequestParameters: true },
  params: { id: 'params', name: 'params-only', validateRequestBody: false, validateRequestParameters: true },
};
const snapshot: Snapshot = buildSnapshot({
  requestValidators: validators,
  models: {
    Pet: { name: 'Pet', contentType: 'application/json', schema: PET },
    Order: { name: 'Order', contentType: 'application/json', schema: ORDER },
  },
});

const paramsMethod = buildMethod({
  requestValidatorId: 'params',
  requestParameters: { 'method.request.header.x-api-version': true, 'method.request.path.petId': true, 'method.request.querystring.type': true },
});
const petMethod = buildMethod({ httpMethod: 'POST', requestValidatorId: 'all', requestParameters: { 'method.request.header.h1': true }, requestModels: { 'application/json': 'Pet' } });
const orderMethod = buildMethod({ httpMethod: 'POST', requestValidatorId: 'all', requestModels: { 'application/json': 'Order' } });

const base: ValidationRequest = {
  headers: { h1: 'v', 'x-api-version': '2', 'content-type': 'application/json' },
  pathParameters: { petId: '7' },
  queryStringParameters: { type: 'dog' },
  contentType: 'application/json; charset=utf-8',
  body: undefined,
};
const pets = Array.from({ length: 50 }, (_, i) => ({ id: i, type: 'cat', name: `pet-${i}`, price: 100 + i }));

const CASES: { name: string; method: SnapshotMethod; request: ValidationRequest; expectValid: boolean }[] = [
  { name: 'required parameters only (3 present)', method: paramsMethod, request: base, expectValid: true },
  { name: 'PetStore body, valid (60 B)', method: petMethod, request: { ...base, body: '{"id":2,"name":"Bella","type":"dog","price":400}' }, expectValid: true },
  { name: 'PetStore body, invalid (error string built)', method: petMethod, request: { ...base, body: '{"name":"Bella","type":"bird","price":4000}' }, expectValid: false },
  { name: 'order with 50 referenced pets (3.3 KB)', method: orderMethod, request: { ...base, body: JSON.stringify({ orderId: 'order-1234', email: 'a@example.com', pets }) }, expectValid: true },
];

const iterations = Number(process.argv[2] ?? 200000);

// Compile cost at snapshot load: a fresh snapshot object each round, so nothing is reused.
const compileRounds = 50;
const compileStart = performance.now();
for (let i = 0; i < compileRounds; i++) compileMethodValidation({ ...snapshot }, orderMethod);
const compileMs = (performance.now() - compileStart) / compileRounds;
console.log(`compile (Order + embedded Pet, per snapshot load): ${compileMs.toFixed(2)} ms`);

for (const c of CASES) {
  const compiled = compileMethodValidation(snapshot, c.method);
  if (!compiled) throw new Error(`${c.name}: nothing to validate`);
  if ((validateRequest(compiled, c.request) === undefined) !== c.expectValid) throw new Error(`${c.name}: unexpected result`);
  for (let i = 0; i < Math.min(iterations, 10000); i++) validateRequest(compiled, c.request);
  const started = performance.now();
  for (let i = 0; i < iterations; i++) validateRequest(compiled, c.request);
  const elapsed = performance.now() - started;
  const opsPerSecond = Math.round((iterations / elapsed) * 1000);
  console.log(`${c.name.padEnd(46)} ${opsPerSecond.toLocaleString('en-US').padStart(12)} ops/s  ${((elapsed * 1000) / iterations).toFixed(2)} µs/op`);
}
