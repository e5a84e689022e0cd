// Micro-benchmark (not a test): runs each per-request function of @tollgate/mapping N times, prints ops/s.
// Run: node -r ./scripts/register.cjs libs/mapping/bench/mapping.bench.ts [iterations]
import {
  compileIntegrationResponses, compileRequestMappings, compileRequestTemplates, compileResponseMappings, compileTemplateTable,
  compileUri, convertResponseBody, evaluateRequestMappings, evaluateResponseMappings, remapResponseHeaders, renderUri,
  selectIntegrationResponse, selectRequestTemplate, selectResponseTemplate,
} from '../src/index';

const iterations = Number(process.argv[2] ?? 200_000);

const context = { requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef', identity: { sourceIp: '203.0.113.9' }, stage: 'prod' };
const requestSource = {
  pathParameters: { petId: '42', owner: 'ann' },
  multiValueQueryStringParameters: { page: ['1'], tag: ['a', 'b'] },
  multiValueHeaders: { 'X-Tenant': ['t1'], Accept: ['application/json'], 'User-Agent': ['curl/8'] },
  body: '{"order": {"id": "o-1", "items": [{"sku": "s1"}, {"sku": "s2"}]}, "note": "hello"}',
  context,
  stageVariables: { backend: 'pets.internal', version: 'v2' },
};

const simpleRequest = compileRequestMappings({
  'integration.request.path.id': 'method.request.path.petId',
  'integration.request.querystring.page': 'method.request.querystring.page',
  'integration.request.header.X-Tenant': 'method.request.header.X-Tenant',
  'integration.request.header.X-Request-Id': 'context.requestId',
  'integration.request.header.X-Version': 'stageVariables.version',
  'integration.request.header.X-Static': "'tollgate'",
});
const bodyRequest = compileRequestMappings({
  'integration.request.header.X-Order': 'method.request.body.order.id',
  'integration.request.querystring.sku': 'method.request.body.order.items[0].sku',
});
const responseMappings = compileResponseMappings({
  'method.response.header.Access-Control-Allow-Origin': "'*'",
  'method.response.header.X-Upstream-Id': 'integration.response.header.x-upstream-id',
  'method.response.header.X-Request-Id': 'context.requestId',
});
const responseSource = {
  headers: { 'content-type': 'application/json', 'x-upstream-id': 'u-9', 'content-length': '84', date: 'Sat, 21 Nov 2026 13:00:00 GMT' },
  context,
  stageVariables: requestSource.stageVariables,
};
const uri = compileUri('https://${stageVariables.backend}/${stageVariables.version}/pets/{id}?owner={owner}');
const responses = compileIntegrationResponses({
  type: 'HTTP',
  integrationResponses: {
    '200': { statusCode: '200', responseParameters: {}, responseTemplates: {} },
    '400': { statusCode: '400', selectionPattern: '4\\d{2}', responseParameters: {}, responseTemplates: {} },
    '500': { statusCode: '500', selectionPattern: '5\\d{2}', responseParameters: {}, responseTemplates: {} },
  },
});
const requestTemplates = compileRequestTemplates({ requestTemplates: { 'application/json': 't', 'application/xml': 'x' }, passthroughBehavior: 'WHEN_NO_TEMPLATES' });
const responseTemplates = compileTemplateTable({ 'application/json': 'j', 'application/xml': 'x', 'text/html': 'h' });
const body = new TextEncoder().encode('{"id": 42, "name": "Rex"}');

const CASES: { name: string; run: () => unknown }[] = [
  { name: 'evaluateRequestMappings (6 mappings, no body)', run: () => evaluateRequestMappings(simpleRequest, requestSource) },
  { name: 'evaluateRequestMappings (2 body JSONPaths)', run: () => evaluateRequestMappings(bodyRequest, requestSource) },
  { name: 'evaluateResponseMappings (3 mappings)', run: () => evaluateResponseMappings(responseMappings, responseSource) },
  { name: 'renderUri (2 stage variables, 2 params)', run: () => renderUri(uri, { id: '42', owner: 'ann' }, requestSource.stageVariables) },
  { name: 'selectIntegrationResponse (3 responses)', run: () => selectIntegrationResponse(responses, '404') },
  { name: 'selectRequestTemplate', run: () => selectRequestTemplate(requestTemplates, 'application/json; charset=utf-8') },
  { name: 'selectResponseTemplate (browser Accept)', run: () => selectResponseTemplate(responseTemplates, 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8') },
  { name: 'remapResponseHeaders (HTTP_PROXY, 4 headers)', run: () => remapResponseHeaders(responseSource.headers, 'HTTP_PROXY') },
  {
    name: 'convertResponseBody (text, no handling)',
    run: () => convertResponseBody({ body, contentType: 'application/json', accept: 'application/json', binaryMediaTypes: ['image/png'], contentHandling: undefined }),
  },
];

let sink = 0;
for (const { name, run } of CASES) {
  for (let i = 0; i < Math.min(iterations, 10_000); i++) if (run()) sink++;
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) if (run()) sink++;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`${name.padEnd(58)} ${Math.round(iterations / seconds).toLocaleString('en-US').padStart(12)} ops/s`);
}
if (sink === 0) console.log('(nothing ran)');
