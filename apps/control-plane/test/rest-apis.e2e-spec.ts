import {
  CreateResourceCommand,
  CreateRestApiCommand,
  DeleteRestApiCommand,
  GetResourcesCommand,
  GetRestApiCommand,
  GetRestApisCommand,
  type APIGatewayClient,
} from '@aws-sdk/client-api-gateway';
import type { CreatedAccount } from '@tollgate/persistence';
import { createTestAccount, type RunningControlPlane, sdkClient, withControlPlane } from './harness';

describe('RestApis (real SDK)', () => {
  let cp: RunningControlPlane;
  let client: APIGatewayClient;
  let account: CreatedAccount;
  let accountId: string;
  withControlPlane({ setup: (f) => {
    ({ cp, client } = f);
    account = f.account;
    accountId = f.account.accountId;
  } });

  it('creates an API with AWS defaults and a root resource', async () => {
    const before = Math.floor(Date.now() / 1000);
    const api = await client.send(new CreateRestApiCommand({ name: 'pets' }));
    expect(api).toMatchObject({
      name: 'pets',
      apiKeySource: 'HEADER',
      endpointConfiguration: { types: ['EDGE'] },
      disableExecuteApiEndpoint: false,
    });
    expect(api.id).toMatch(/^[a-z0-9]{10}$/);
    expect(api.rootResourceId).toMatch(/^[a-z0-9]{10}$/);
    expect(api.createdDate).toBeInstanceOf(Date);
    expect(api.createdDate!.getTime() / 1000).toBeGreaterThanOrEqual(before - 1);
    expect(api.description).toBeUndefined();
    expect(api.tags).toBeUndefined();

    const resources = await client.send(new GetResourcesCommand({ restApiId: api.id }));
    expect(resources.items).toEqual([{ id: api.rootResourceId, path: '/' }]);
  });

  it('stores every CreateRestApi field and returns it from GetRestApi', async () => {
    const input = {
      name: 'full',
      description: 'all fields',
      version: 'v1',
      binaryMediaTypes: ['image/png', '*/*'],
      apiKeySource: 'AUTHORIZER' as const,
      minimumCompressionSize: 1024,
      endpointConfiguration: { types: ['REGIONAL' as const] },
      policy: '{"Version":"2012-10-17","Statement":[]}',
      disableExecuteApiEndpoint: true,
      tags: { team: 'core', env: 'test' },
    };
    const created = await client.send(new CreateRestApiCommand(input));
    const fetched = await client.send(new GetRestApiCommand({ restApiId: created.id }));
    expect(fetched).toMatchObject({ ...input, id: created.id, rootResourceId: created.rootResourceId });
    expect(fetched.createdDate).toEqual(created.createdDate);
  });

  it('rejects invalid input with BadRequestException', async () => {
    await expect(client.send(new CreateRestApiCommand({ name: '' }))).rejects.toMatchObject({ name: 'BadRequestException', $metadata: expect.objectContaining({ httpStatusCode: 400 }) });
    await expect(client.send(new CreateRestApiCommand({ name: 'x', apiKeySource: 'QUERY' as never }))).rejects.toMatchObject({ name: 'BadRequestException' });
    await expect(client.send(new CreateRestApiCommand({ name: 'x', minimumCompressionSize: 10485761 }))).rejects.toMatchObject({
      name: 'BadRequestException',
      message: 'minimumCompressionSize must be between 0 and 10485760',
    });
    await expect(client.send(new CreateRestApiCommand({ name: 'x', endpointConfiguration: { types: ['EDGE', 'REGIONAL'] } }))).rejects.toMatchObject({ name: 'BadRequestException' });
  });

  it('pages through GetRestApis with limit/position in a stable order', async () => {
    const account = await createTestAccount(cp.dataSource);
    const own = sdkClient(cp.url, account);
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await own.send(new CreateRestApiCommand({ name: `api-${i}` }))).id!);
    const seen: string[] = [];
    let position: string | undefined;
    let pages = 0;
    do {
      const page = await own.send(new GetRestApisCommand({ limit: 3, position }));
      expect(page.items!.length).toBeLessThanOrEqual(3);
      seen.push(...page.items!.map((a) => a.id!));
      position = page.position;
      pages++;
    } while (position);
    expect(pages).toBe(3);
    expect(seen).toEqual(ids);
    expect((await own.send(new GetRestApisCommand({}))).items!.map((a) => a.id)).toEqual(ids);
    await expect(own.send(new GetRestApisCommand({ limit: 501 }))).rejects.toMatchObject({ name: 'BadRequestException' });
    await expect(own.send(new GetRestApisCommand({ position: 'garbage' }))).rejects.toMatchObject({ name: 'BadRequestException' });
    own.destroy();
  });

  it('answers unknown ids with NotFoundException naming account and id', async () => {
    await expect(client.send(new GetRestApiCommand({ restApiId: 'nope000000' }))).rejects.toMatchObject({
      name: 'NotFoundException',
      message: `Invalid API identifier specified ${accountId}:nope000000`,
      $metadata: expect.objectContaining({ httpStatusCode: 404 }),
    });
    await expect(client.send(new DeleteRestApiCommand({ restApiId: 'nope000000' }))).rejects.toMatchObject({ name: 'NotFoundException' });
  });

  it('deletes an API with its resources', async () => {
    const api = await client.send(new CreateRestApiCommand({ name: 'doomed' }));
    await client.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.rootResourceId, pathPart: 'a' }));
    await client.send(new DeleteRestApiCommand({ restApiId: api.id }));
    await expect(client.send(new GetRestApiCommand({ restApiId: api.id }))).rejects.toMatchObject({ name: 'NotFoundException' });
    const [{ count }] = await cp.dataSource.query('SELECT count(*)::int AS count FROM resources WHERE rest_api_id = $1', [api.id]);
    expect(count).toBe(0);
  });

  it('hides one account’s APIs from another and from other regions', async () => {
    const api = await client.send(new CreateRestApiCommand({ name: 'private' }));
    const other = await createTestAccount(cp.dataSource);
    const otherClient = sdkClient(cp.url, other);
    await expect(otherClient.send(new GetRestApiCommand({ restApiId: api.id }))).rejects.toMatchObject({
      name: 'NotFoundException',
      message: `Invalid API identifier specified ${other.accountId}:${api.id}`,
    });
    await expect(otherClient.send(new DeleteRestApiCommand({ restApiId: api.id }))).rejects.toMatchObject({ name: 'NotFoundException' });
    await expect(otherClient.send(new GetResourcesCommand({ restApiId: api.id }))).rejects.toMatchObject({ name: 'NotFoundException' });
    expect((await otherClient.send(new GetRestApisCommand({}))).items).toEqual([]);
    otherClient.destroy();

    const otherRegion = sdkClient(cp.url, account, 'eu-west-1');
    await expect(otherRegion.send(new GetRestApiCommand({ restApiId: api.id }))).rejects.toMatchObject({ name: 'NotFoundException' });
    otherRegion.destroy();

    expect((await client.send(new GetRestApiCommand({ restApiId: api.id }))).name).toBe('private');
  });
});
