import {
  CreateResourceCommand,
  CreateRestApiCommand,
  GetResourcesCommand,
  GetRestApiCommand,
  UpdateResourceCommand,
  UpdateRestApiCommand,
  type APIGatewayClient,
  type PatchOperation,
} from '@aws-sdk/client-api-gateway';
import { failure, withControlPlane } from './harness';

describe('UpdateRestApi and UpdateResource (real SDK)', () => {
  let client: APIGatewayClient;
  let other: APIGatewayClient;
  let accountId: string;

  withControlPlane({ setup: (f) => {
    ({ client, other } = f);
    accountId = f.account.accountId;
  } });

  it('UpdateRestApi: scalar fields, binary media types (~1), endpoint type, policy', async () => {
    const api = await client.send(new CreateRestApiCommand({ name: 'before', binaryMediaTypes: ['image/png'] }));
    const restApiId = api.id!;
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [] });
    const updated = await client.send(new UpdateRestApiCommand({ restApiId, patchOperations: [
      { op: 'replace', path: '/name', value: 'after' },
      { op: 'replace', path: '/description', value: 'described' },
      { op: 'replace', path: '/apiKeySource', value: 'AUTHORIZER' },
      { op: 'add', path: '/binaryMediaTypes/application~1octet-stream' },
      { op: 'add', path: '/binaryMediaTypes/*~1*' },
      { op: 'remove', path: '/binaryMediaTypes/image~1png' },
      { op: 'replace', path: '/minimumCompressionSize', value: '1024' },
      { op: 'replace', path: '/endpointConfiguration/types/EDGE', value: 'REGIONAL' },
      { op: 'replace', path: '/policy', value: policy },
      { op: 'replace', path: '/disableExecuteApiEndpoint', value: 'true' },
    ] }));
    expect(updated).toMatchObject({
      id: restApiId, name: 'after', description: 'described', apiKeySource: 'AUTHORIZER', binaryMediaTypes: ['application/octet-stream', '*/*'],
      minimumCompressionSize: 1024, endpointConfiguration: { types: ['REGIONAL'] }, policy, disableExecuteApiEndpoint: true,
    });
    const replaced = await client.send(new UpdateRestApiCommand({ restApiId, patchOperations: [
      { op: 'replace', path: '/binaryMediaTypes/application~1octet-stream', value: 'image/jpeg' },
      { op: 'replace', path: '/minimumCompressionSize', value: '' },
    ] }));
    expect(replaced.binaryMediaTypes).toEqual(['*/*', 'image/jpeg']);
    expect(replaced.minimumCompressionSize).toBeUndefined();
    expect((await client.send(new GetRestApiCommand({ restApiId }))).name).toBe('after');
  });

  it('UpdateRestApi: refuses bad paths and values, all or nothing', async () => {
    const { id: restApiId } = await client.send(new CreateRestApiCommand({ name: 'strict' }));
    const cases: Array<[PatchOperation, RegExp]> = [
      [{ op: 'replace', path: '/id', value: 'x' }, /^Invalid patch path '\/id' specified for op 'replace'\. Must be one of: \[\/name, /],
      [{ op: 'replace', path: '/name', value: ' ' }, /name must be a non-empty string/],
      [{ op: 'replace', path: '/apiKeySource', value: 'QUERY' }, /valid values are HEADER, AUTHORIZER/],
      [{ op: 'replace', path: '/minimumCompressionSize', value: '10485761' }, /between 0 and 10485760/],
      [{ op: 'replace', path: '/endpointConfiguration/types/REGIONAL', value: 'EDGE' }, /endpoint type is EDGE/],
      [{ op: 'replace', path: '/endpointConfiguration/types/0', value: 'GLOBAL' }, /valid values are EDGE, REGIONAL, PRIVATE/],
      [{ op: 'add', path: '/binaryMediaTypes/notatype' }, /Invalid binary media type specified: notatype/],
      [{ op: 'remove', path: '/binaryMediaTypes/image~1gif' }, /is not in the list/],
      [{ op: 'add', path: '/endpointConfiguration/vpcEndpointIds', value: 'vpce-1' }, /only supported for PRIVATE/],
    ];
    for (const [operation, message] of cases) {
      const error = await failure(client.send(new UpdateRestApiCommand({ restApiId, patchOperations: [{ op: 'replace', path: '/name', value: 'changed' }, operation] })));
      expect({ path: operation.path, name: error.name, status: error.status }).toEqual({ path: operation.path, name: 'BadRequestException', status: 400 });
      expect(error.message).toMatch(message);
    }
    expect((await client.send(new GetRestApiCommand({ restApiId }))).name).toBe('strict');
    expect(await failure(client.send(new UpdateRestApiCommand({ restApiId: 'nosuchapi0', patchOperations: [] })))).toEqual({
      name: 'NotFoundException', message: `Invalid API identifier specified ${accountId}:nosuchapi0`, status: 404,
    });
    expect((await failure(other.send(new UpdateRestApiCommand({ restApiId, patchOperations: [{ op: 'replace', path: '/name', value: 'x' }] })))).status).toBe(404);
  });

  it('UpdateResource: renames and moves a subtree, with AWS conflict checks', async () => {
    const api = await client.send(new CreateRestApiCommand({ name: 'tree' }));
    const restApiId = api.id!;
    const root = api.rootResourceId!;
    const create = async (parentId: string, pathPart: string) => (await client.send(new CreateResourceCommand({ restApiId, parentId, pathPart }))).id!;
    const pets = await create(root, 'pets');
    const pet = await create(pets, '{id}');
    const toys = await create(pet, 'toys');
    const users = await create(root, 'users');
    const greedy = await create(root, '{proxy+}');
    const paths = async () => Object.fromEntries((await client.send(new GetResourcesCommand({ restApiId }))).items!.map((r) => [r.id, r.path]));

    const renamed = await client.send(new UpdateResourceCommand({ restApiId, resourceId: pets, patchOperations: [{ op: 'replace', path: '/pathPart', value: 'animals' }] }));
    expect(renamed).toMatchObject({ id: pets, parentId: root, pathPart: 'animals', path: '/animals' });
    expect(await paths()).toMatchObject({ [pet]: '/animals/{id}', [toys]: '/animals/{id}/toys' });

    const moved = await client.send(new UpdateResourceCommand({ restApiId, resourceId: pets, patchOperations: [{ op: 'replace', path: '/parentId', value: users }] }));
    expect(moved).toMatchObject({ parentId: users, path: '/users/animals' });
    expect(await paths()).toMatchObject({ [pet]: '/users/animals/{id}', [toys]: '/users/animals/{id}/toys' });

    const update = (resourceId: string, operation: PatchOperation) => failure(client.send(new UpdateResourceCommand({ restApiId, resourceId, patchOperations: [operation] })));
    expect(await update(users, { op: 'replace', path: '/pathPart', value: '{proxy}' })).toMatchObject({
      name: 'BadRequestException', message: 'A sibling ({proxy+}) of this resource already has a variable path part -- only one is allowed',
    });
    await create(root, 'taken');
    expect(await update(users, { op: 'replace', path: '/pathPart', value: 'taken' })).toEqual({
      name: 'ConflictException', message: 'Another resource with the same parent already has this name: taken', status: 409,
    });
    expect((await update(users, { op: 'replace', path: '/parentId', value: toys })).message).toMatch(/cannot be moved under itself or one of its descendants/);
    expect(await update(users, { op: 'replace', path: '/parentId', value: greedy })).toMatchObject({
      name: 'BadRequestException', message: 'Cannot create a child of a resource with a greedy path variable: {proxy+}',
    });
    expect((await update(users, { op: 'replace', path: '/pathPart', value: 'bad/part' })).message).toMatch(/path part only allow/);
    expect(await update(users, { op: 'replace', path: '/parentId', value: 'nosuchres0' })).toEqual({
      name: 'NotFoundException', message: 'Invalid Resource identifier specified', status: 404,
    });
    expect((await update(root, { op: 'replace', path: '/pathPart', value: 'x' })).message).toBe('Cannot update the root resource');
    expect((await update(users, { op: 'replace', path: '/path', value: '/x' })).message).toBe("Invalid patch path '/path' specified for op 'replace'. Must be one of: [/pathPart, /parentId]");
    expect((await failure(other.send(new UpdateResourceCommand({ restApiId, resourceId: users, patchOperations: [] })))).status).toBe(404);
  });
});
