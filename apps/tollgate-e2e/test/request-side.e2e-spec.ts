import {
  CreateDeploymentCommand, CreateModelCommand, CreateRequestValidatorCommand, CreateResourceCommand, CreateRestApiCommand, GetResourcesCommand,
  PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand,
} from '@aws-sdk/client-api-gateway';
import { eventually, invokeHttps, startSystem, startUpstream, type RunningSystem, type SeenRequest } from '../src';

jest.setTimeout(90_000);

const PET_SCHEMA = {
  $schema: 'http://json-schema.org/draft-04/schema#',
  type: 'object',
  required: ['name'],
  properties: { name: { type: 'string', minLength: 1 }, age: { type: 'integer', minimum: 0 } },
};

describe('request side through the SDK: validator + model, parameter mappings, request template, non-proxy HTTP (HTTPS)', () => {
  let system: RunningSystem;
  let upstream: Awaited<ReturnType<typeof startUpstream>>;
  let host: string;
  let restApiId: string;

  const invoke = (path: string, headers: Record<string, string>, body?: string) => invokeHttps(system.dataPlaneHttpsPort, host, path, { method: 'POST', headers, body });
  const lastSeen = (): SeenRequest => upstream.seen[upstream.seen.length - 1];

  beforeAll(async () => {
    [system, upstream] = await Promise.all([startSystem(), startUpstream()]);
    const sdk = system.sdk();
    restApiId = (await sdk.send(new CreateRestApiCommand({ name: 'request-side' }))).id!;
    host = `${restApiId}.execute-api.us-east-1.localhost`;
    const { items } = await sdk.send(new GetResourcesCommand({ restApiId }));
    const rootId = items!.find((r) => r.path === '/')!.id!;
    await sdk.send(new CreateModelCommand({ restApiId, name: 'Pet', contentType: 'application/json', schema: JSON.stringify(PET_SCHEMA) }));
    const validatorId = (await sdk.send(new CreateRequestValidatorCommand({
      restApiId, name: 'body-and-params', validateRequestBody: true, validateRequestParameters: true,
    }))).id!;

    const petsId = (await sdk.send(new CreateResourceCommand({ restApiId, parentId: rootId, pathPart: 'pets' }))).id!;
    const petId = (await sdk.send(new CreateResourceCommand({ restApiId, parentId: petsId, pathPart: '{petId}' }))).id!;
    await sdk.send(new PutMethodCommand({
      restApiId, resourceId: petId, httpMethod: 'POST', authorizationType: 'NONE', requestValidatorId: validatorId,
      requestModels: { 'application/json': 'Pet' },
      requestParameters: {
        'method.request.path.petId': true,
        'method.request.header.X-Client': true,
        'method.request.querystring.mode': false,
      },
    }));
    await sdk.send(new PutMethodResponseCommand({ restApiId, resourceId: petId, httpMethod: 'POST', statusCode: '200' }));
    await sdk.send(new PutIntegrationCommand({
      restApiId, resourceId: petId, httpMethod: 'POST', type: 'HTTP', integrationHttpMethod: 'PUT',
      uri: `${upstream.url}/store/{id}`,
      passthroughBehavior: 'NEVER',
      requestParameters: {
        'integration.request.path.id': 'method.request.path.petId',
        'integration.request.header.X-Client-Id': 'method.request.header.X-Client',
        'integration.request.header.X-Release': 'stageVariables.release',
        'integration.request.header.X-Static': "'fixed'",
        'integration.request.querystring.mode': 'method.request.querystring.mode',
      },
      requestTemplates: {
        'application/json': [
          '#set($pet = $input.path(\'$\'))',
          '{"name": "$util.escapeJavaScript($pet.name)", "age": #if($pet.age)$pet.age#{else}0#end,',
          ' "id": "$input.params(\'petId\')", "stage": "$context.stage", "release": "$stageVariables.release",',
          ' "raw": $input.json(\'$\')}',
        ].join('\n'),
      },
    }));
    await sdk.send(new PutIntegrationResponseCommand({ restApiId, resourceId: petId, httpMethod: 'POST', statusCode: '200', selectionPattern: '2\\d\\d' }));

    await sdk.send(new CreateDeploymentCommand({ restApiId, stageName: 'prod', variables: { release: 'r42' } }));
  });

  afterAll(async () => {
    await Promise.all([system?.stop(), upstream?.close()]);
  });

  // Header mappings read the client's spelling (AWS-BEHAVIOUR.md §5), so the test sends X-Client as declared.
  it('sends the rendered template with mapped path, query and headers to the integration verb and URI', async () => {
    const body = JSON.stringify({ name: 'rex', age: 3 });
    const res = await eventually(
      () => invoke('/prod/pets/42?mode=fast&ignored=1', { 'content-type': 'application/json', 'X-Client': 'web-7', 'x-unmapped': 'no' }, body),
      (r) => r.status === 200,
    ).catch((e: Error) => { throw new Error(`${e.message}\n${system.logs()}`); });

    expect(JSON.parse(res.body)).toEqual({ echoed: '/store/42?mode=fast', method: 'PUT' });
    const sent = lastSeen();
    expect(sent.method).toBe('PUT');
    expect(JSON.parse(sent.body)).toEqual({ name: 'rex', age: 3, id: '42', stage: 'prod', release: 'r42', raw: { name: 'rex', age: 3 } });
    expect(sent.headers).toMatchObject({
      'x-client-id': 'web-7', 'x-release': 'r42', 'x-static': 'fixed',
      'user-agent': `AmazonAPIGateway_${restApiId}`, accept: 'application/json', 'content-type': 'application/json',
      'x-amzn-apigateway-api-id': restApiId,
    });
    expect(sent.headers['x-unmapped']).toBeUndefined();
    expect(sent.headers['x-amzn-trace-id']).toMatch(/^Root=1-/);
  });

  it('refuses a request without the required header: 400 BAD_REQUEST_PARAMETERS, nothing sent', async () => {
    const before = upstream.seen.length;
    const res = await invoke('/prod/pets/42', { 'content-type': 'application/json' }, '{"name":"rex"}');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ message: 'Missing required request parameters: [X-Client]' });
    expect(res.headers['x-amzn-errortype']).toBe('BadRequestException');
    expect(upstream.seen.length).toBe(before);
  });

  it.each([
    ['a body missing a required property', '{"age": 2}'],
    ['a property of the wrong type', '{"name": "rex", "age": -1}'],
    ['a body that is not JSON', 'name=rex'],
  ])('refuses %s against the model: 400 Invalid request body', async (_what, body) => {
    const res = await invoke('/prod/pets/1', { 'content-type': 'application/json', 'x-client': 'c' }, body);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ message: 'Invalid request body' });
  });

  it('answers 415 for a Content-Type without a template (passthroughBehavior NEVER)', async () => {
    const res = await invoke('/prod/pets/1', { 'content-type': 'text/plain', 'x-client': 'c' }, 'rex');
    expect(res.status).toBe(415);
    expect(JSON.parse(res.body)).toEqual({ message: 'Unsupported Media Type' });
  });
});
