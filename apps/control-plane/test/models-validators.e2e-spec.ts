import {
  CreateModelCommand,
  CreateRequestValidatorCommand,
  CreateResourceCommand,
  DeleteMethodCommand,
  DeleteModelCommand,
  DeleteRequestValidatorCommand,
  GetModelCommand,
  GetModelTemplateCommand,
  GetModelsCommand,
  GetRequestValidatorCommand,
  GetRequestValidatorsCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  UpdateModelCommand,
  UpdateRequestValidatorCommand,
  type APIGatewayClient,
} from '@aws-sdk/client-api-gateway';
import { createRestApi, failure, withControlPlane } from './harness';

const PET_SCHEMA = JSON.stringify({ $schema: 'http://json-schema.org/draft-04/schema#', type: 'object', required: ['name'], properties: { name: { type: 'string' }, age: { type: 'integer' } } });

describe('Models and request validators (real SDK, real Postgres)', () => {
  let client: APIGatewayClient;
  let other: APIGatewayClient;
  let accountId: string;

  withControlPlane({ setup: (f) => {
    ({ client, other } = f);
    accountId = f.account.accountId;
  } });

  const newApi = () => createRestApi(client, 'models');

  it('creates the default Empty and Error models with every REST API', async () => {
    const { restApiId } = await newApi();
    const models = await client.send(new GetModelsCommand({ restApiId }));
    expect(models.items?.map((m) => m.name).sort()).toEqual(['Empty', 'Error']);
    const empty = await client.send(new GetModelCommand({ restApiId, modelName: 'Empty' }));
    expect(empty).toMatchObject({ name: 'Empty', contentType: 'application/json', description: 'This is a default empty schema model' });
    expect(JSON.parse(empty.schema!)).toEqual({ $schema: 'http://json-schema.org/draft-04/schema#', title: 'Empty Schema', type: 'object' });
  });

  it('creates, reads, updates and deletes a model; flatten and default template', async () => {
    const { restApiId } = await newApi();
    const created = await client.send(new CreateModelCommand({ restApiId, name: 'Pet', contentType: 'application/json', schema: PET_SCHEMA, description: 'a pet' }));
    expect(created).toMatchObject({ name: 'Pet', contentType: 'application/json', schema: PET_SCHEMA, description: 'a pet' });
    expect(created.id).toMatch(/^[a-z0-9]{10}$/);

    const list = await client.send(new GetModelsCommand({ restApiId, limit: 2 }));
    expect(list.items).toHaveLength(2);
    expect(list.position).toBeDefined();
    const rest = await client.send(new GetModelsCommand({ restApiId, position: list.position }));
    expect([...list.items!, ...rest.items!].map((m) => m.name).sort()).toEqual(['Empty', 'Error', 'Pet']);

    const template = await client.send(new GetModelTemplateCommand({ restApiId, modelName: 'Pet' }));
    expect(template.value).toContain("#set($inputRoot = $input.path('$'))");
    expect(template.value).toContain('"name" : "$inputRoot.name"');
    expect(template.value).toContain('"age" : $inputRoot.age');

    const updated = await client.send(new UpdateModelCommand({ restApiId, modelName: 'Pet', patchOperations: [
      { op: 'replace', path: '/description', value: 'cat or dog' },
      { op: 'replace', path: '/schema', value: '{"type":"object"}' },
    ] }));
    expect(updated).toMatchObject({ description: 'cat or dog', schema: '{"type":"object"}' });

    await client.send(new DeleteModelCommand({ restApiId, modelName: 'Pet' }));
    const gone = await failure(client.send(new GetModelCommand({ restApiId, modelName: 'Pet' })));
    expect(gone).toEqual({ name: 'NotFoundException', message: 'Invalid model name specified: Pet', status: 404 });
  });

  it('refuses bad names, duplicates, invalid schemas and unknown references', async () => {
    const { restApiId } = await newApi();
    expect(await failure(client.send(new CreateModelCommand({ restApiId, name: 'bad-name', contentType: 'application/json', schema: '{}' })))).toMatchObject({
      name: 'BadRequestException', status: 400, message: 'Invalid model name specified, must be alphanumeric: bad-name',
    });
    expect(await failure(client.send(new CreateModelCommand({ restApiId, name: 'Empty', contentType: 'application/json', schema: '{}' })))).toMatchObject({
      name: 'ConflictException', status: 409, message: 'Model name already exists for this REST API',
    });
    expect(await failure(client.send(new CreateModelCommand({ restApiId, name: 'NoSchema', contentType: 'application/json' })))).toMatchObject({
      name: 'BadRequestException', message: 'Model schema must have at least 1 property or array items defined',
    });
    expect((await failure(client.send(new UpdateModelCommand({ restApiId, modelName: 'Empty', patchOperations: [{ op: 'replace', path: '/schema', value: '' }] })))).message).toBe('Model schema must have at least 1 property or array items defined');
    const notJson = await failure(client.send(new CreateModelCommand({ restApiId, name: 'A', contentType: 'application/json', schema: '{nope' })));
    expect(notJson.name).toBe('BadRequestException');
    expect(notJson.message).toMatch(/^Invalid model specified: Validation Result: warnings : \[\], errors : \[Invalid model schema specified/);
    const badType = await failure(client.send(new CreateModelCommand({ restApiId, name: 'B', contentType: 'application/json', schema: '{"type":"objectx"}' })));
    expect(badType.message).toMatch(/^Invalid model specified: Validation Result: warnings : \[\], errors : \[Invalid model schema specified: \/type/);
    const ref = `https://apigateway.amazonaws.com/restapis/${restApiId}/models/Missing`;
    const badRef = await failure(client.send(new CreateModelCommand({ restApiId, name: 'C', contentType: 'application/json', schema: JSON.stringify({ type: 'object', properties: { x: { $ref: ref } } }) })));
    expect(badRef).toMatchObject({ name: 'BadRequestException', message: `Invalid model specified: Validation Result: warnings : [], errors : [Invalid model referenced: ${ref}]` });
    const okRef = `https://apigateway.amazonaws.com/restapis/${restApiId}/models/Error`;
    const withRef = await client.send(new CreateModelCommand({ restApiId, name: 'D', contentType: 'application/json', schema: JSON.stringify({ type: 'object', properties: { e: { $ref: okRef } } }) }));
    expect(withRef.name).toBe('D');
    const flat = await client.send(new GetModelCommand({ restApiId, modelName: 'D', flatten: true }));
    expect(JSON.parse(flat.schema!)).toMatchObject({ properties: { e: { $ref: '#/definitions/Error' } }, definitions: { Error: { title: 'Error Schema' } } });
    // Error is now referenced by model D.
    expect(await failure(client.send(new DeleteModelCommand({ restApiId, modelName: 'Error' })))).toMatchObject({ name: 'ConflictException', message: "Cannot delete model 'Error', is referenced in model: D" });
    expect((await failure(client.send(new UpdateModelCommand({ restApiId, modelName: 'D', patchOperations: [{ op: 'replace', path: '/name', value: 'X' }] })))).name).toBe('BadRequestException');
  });

  it('refuses to delete a model a method request or response uses', async () => {
    const { restApiId, rootId } = await newApi();
    await client.send(new CreateModelCommand({ restApiId, name: 'Pet', contentType: 'application/json', schema: PET_SCHEMA }));
    const pets = await client.send(new CreateResourceCommand({ restApiId, parentId: rootId, pathPart: 'pets' }));
    await client.send(new PutMethodCommand({ restApiId, resourceId: pets.id, httpMethod: 'POST', authorizationType: 'NONE', requestModels: { 'application/json': 'Pet' } }));
    expect(await failure(client.send(new DeleteModelCommand({ restApiId, modelName: 'Pet' })))).toEqual({
      name: 'ConflictException', status: 409, message: "Cannot delete model 'Pet', is referenced in method request: /pets/POST",
    });
    await client.send(new DeleteMethodCommand({ restApiId, resourceId: pets.id, httpMethod: 'POST' }));
    await client.send(new PutMethodCommand({ restApiId, resourceId: pets.id, httpMethod: 'GET', authorizationType: 'NONE' }));
    await client.send(new PutMethodResponseCommand({ restApiId, resourceId: pets.id, httpMethod: 'GET', statusCode: '200', responseModels: { 'application/json': 'Pet' } }));
    expect((await failure(client.send(new DeleteModelCommand({ restApiId, modelName: 'Pet' })))).message).toBe("Cannot delete model 'Pet', is referenced in method response: /pets/GET/200");
  });

  it('keeps models of one account away from another', async () => {
    const { restApiId } = await newApi();
    expect(await failure(other.send(new GetModelsCommand({ restApiId })))).toMatchObject({ name: 'NotFoundException', status: 404 });
    expect(await failure(other.send(new GetModelCommand({ restApiId, modelName: 'Empty' })))).toMatchObject({ name: 'NotFoundException' });
    expect(await failure(client.send(new GetModelsCommand({ restApiId: 'nonexist00' })))).toMatchObject({ name: 'NotFoundException', message: `Invalid API identifier specified ${accountId}:nonexist00` });
  });

  it('creates, lists, updates and deletes request validators', async () => {
    const { restApiId, rootId } = await newApi();
    const created = await client.send(new CreateRequestValidatorCommand({ restApiId, name: 'body-only', validateRequestBody: true }));
    expect(created).toMatchObject({ name: 'body-only', validateRequestBody: true, validateRequestParameters: false });
    expect(await client.send(new GetRequestValidatorCommand({ restApiId, requestValidatorId: created.id }))).toMatchObject({ id: created.id, name: 'body-only' });
    const list = await client.send(new GetRequestValidatorsCommand({ restApiId }));
    expect(list.items?.map((v) => v.id)).toEqual([created.id]);

    const updated = await client.send(new UpdateRequestValidatorCommand({ restApiId, requestValidatorId: created.id, patchOperations: [
      { op: 'replace', path: '/validateRequestParameters', value: 'true' },
      { op: 'replace', path: '/name', value: 'both' },
    ] }));
    expect(updated).toMatchObject({ name: 'both', validateRequestBody: true, validateRequestParameters: true });
    expect((await failure(client.send(new UpdateRequestValidatorCommand({ restApiId, requestValidatorId: created.id, patchOperations: [{ op: 'replace', path: '/validateRequestBody', value: 'maybe' }] })))).name).toBe('BadRequestException');
    expect((await failure(client.send(new UpdateRequestValidatorCommand({ restApiId, requestValidatorId: created.id, patchOperations: [{ op: 'replace', path: '/name', value: '' }] })))).message).toBe('Request Validator name cannot be blank');

    await client.send(new PutMethodCommand({ restApiId, resourceId: rootId, httpMethod: 'GET', authorizationType: 'NONE', requestValidatorId: created.id }));
    expect(await failure(client.send(new DeleteRequestValidatorCommand({ restApiId, requestValidatorId: created.id })))).toMatchObject({ name: 'ConflictException', message: "Cannot delete request validator 'both', is referenced in method: GET//" });
    await client.send(new DeleteMethodCommand({ restApiId, resourceId: rootId, httpMethod: 'GET' }));
    await client.send(new DeleteRequestValidatorCommand({ restApiId, requestValidatorId: created.id }));
    expect(await failure(client.send(new GetRequestValidatorCommand({ restApiId, requestValidatorId: created.id })))).toEqual({
      name: 'NotFoundException', status: 404, message: 'Invalid Request Validator identifier specified',
    });
    expect(await failure(other.send(new GetRequestValidatorsCommand({ restApiId })))).toMatchObject({ name: 'NotFoundException' });
  });
});
