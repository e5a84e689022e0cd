import {
  CreateResourceCommand,
  CreateRestApiCommand,
  DeleteResourceCommand,
  GetResourceCommand,
  GetResourcesCommand,
  type APIGatewayClient,
} from '@aws-sdk/client-api-gateway';
import { createTestAccount, type RunningControlPlane, sdkClient, withControlPlane } from './harness';

describe('Resources (real SDK)', () => {
  let cp: RunningControlPlane;
  let client: APIGatewayClient;
  withControlPlane({ setup: (f) => {
    ({ cp, client } = f);
  } });

  async function newApi(): Promise<{ restApiId: string; rootId: string }> {
    const api = await client.send(new CreateRestApiCommand({ name: 'resources' }));
    return { restApiId: api.id!, rootId: api.rootResourceId! };
  }

  it('builds a path tree and reads it back', async () => {
    const { restApiId, rootId } = await newApi();
    const pets = await client.send(new CreateResourceCommand({ restApiId, parentId: rootId, pathPart: 'pets' }));
    expect(pets).toMatchObject({ parentId: rootId, pathPart: 'pets', path: '/pets' });
    expect(pets.id).toMatch(/^[a-z0-9]{10}$/);
    const pet = await client.send(new CreateResourceCommand({ restApiId, parentId: pets.id, pathPart: '{petId}' }));
    expect(pet.path).toBe('/pets/{petId}');
    const proxy = await client.send(new CreateResourceCommand({ restApiId, parentId: pet.id, pathPart: '{proxy+}' }));
    expect(proxy.path).toBe('/pets/{petId}/{proxy+}');

    const fetched = await client.send(new GetResourceCommand({ restApiId, resourceId: pet.id }));
    expect(fetched).toMatchObject({ id: pet.id, parentId: pets.id, pathPart: '{petId}', path: '/pets/{petId}' });
    const root = await client.send(new GetResourceCommand({ restApiId, resourceId: rootId, embed: ['methods'] }));
    expect(root).toMatchObject({ id: rootId, path: '/' });
    expect(root.parentId).toBeUndefined();
    expect(root.pathPart).toBeUndefined();

    const all = await client.send(new GetResourcesCommand({ restApiId, embed: ['methods'] }));
    expect(all.items!.map((r) => r.path)).toEqual(['/', '/pets', '/pets/{petId}', '/pets/{petId}/{proxy+}']);
  });

  it('pages through GetResources', async () => {
    const { restApiId, rootId } = await newApi();
    for (let i = 0; i < 4; i++) await client.send(new CreateResourceCommand({ restApiId, parentId: rootId, pathPart: `r${i}` }));
    const first = await client.send(new GetResourcesCommand({ restApiId, limit: 2 }));
    expect(first.items!.map((r) => r.path)).toEqual(['/', '/r0']);
    expect(first.position).toBeDefined();
    const second = await client.send(new GetResourcesCommand({ restApiId, limit: 2, position: first.position }));
    expect(second.items!.map((r) => r.path)).toEqual(['/r1', '/r2']);
    const third = await client.send(new GetResourcesCommand({ restApiId, limit: 2, position: second.position }));
    expect(third.items!.map((r) => r.path)).toEqual(['/r3']);
    expect(third.position).toBeUndefined();
  });

  it('enforces AWS pathPart and sibling rules', async () => {
    const { restApiId, rootId } = await newApi();
    const send = (parentId: string, pathPart: string) => client.send(new CreateResourceCommand({ restApiId, parentId, pathPart }));
    await send(rootId, 'pets');
    await expect(send(rootId, 'pets')).rejects.toMatchObject({
      name: 'ConflictException',
      message: 'Another resource with the same parent already has this name: pets',
      $metadata: expect.objectContaining({ httpStatusCode: 409 }),
    });
    await expect(send(rootId, 'bad/part')).rejects.toMatchObject({
      name: 'BadRequestException',
      message: "Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end and an optional plus sign before the closing brace.",
    });
    await send(rootId, '{id}');
    await expect(send(rootId, '{name}')).rejects.toMatchObject({
      name: 'BadRequestException',
      message: 'A sibling ({id}) of this resource already has a variable path part -- only one is allowed',
    });
    await expect(send(rootId, '{proxy+}')).rejects.toMatchObject({ name: 'BadRequestException', message: expect.stringContaining('A sibling ({id})') });
    await expect(send(rootId, '{id}')).rejects.toMatchObject({ name: 'ConflictException' });
    const pets = await client.send(new GetResourcesCommand({ restApiId }));
    const petsId = pets.items!.find((r) => r.path === '/pets')!.id!;
    const greedy = await send(petsId, '{proxy+}');
    await expect(send(greedy.id!, 'child')).rejects.toMatchObject({
      name: 'BadRequestException',
      message: 'Cannot create a child of a resource with a greedy path variable: {proxy+}',
    });
    // A literal sibling next to a variable one is fine.
    await expect(send(petsId, 'search')).resolves.toMatchObject({ path: '/pets/search' });
  });

  it('deletes a resource with its subtree, but never the root', async () => {
    const { restApiId, rootId } = await newApi();
    const a = await client.send(new CreateResourceCommand({ restApiId, parentId: rootId, pathPart: 'a' }));
    const b = await client.send(new CreateResourceCommand({ restApiId, parentId: a.id, pathPart: 'b' }));
    await client.send(new CreateResourceCommand({ restApiId, parentId: b.id, pathPart: 'c' }));
    await client.send(new DeleteResourceCommand({ restApiId, resourceId: a.id }));
    expect((await client.send(new GetResourcesCommand({ restApiId }))).items!.map((r) => r.path)).toEqual(['/']);
    await expect(client.send(new GetResourceCommand({ restApiId, resourceId: b.id }))).rejects.toMatchObject({
      name: 'NotFoundException',
      message: 'Invalid Resource identifier specified',
    });
    await expect(client.send(new DeleteResourceCommand({ restApiId, resourceId: rootId }))).rejects.toMatchObject({ name: 'BadRequestException' });
    await expect(client.send(new DeleteResourceCommand({ restApiId, resourceId: a.id }))).rejects.toMatchObject({ name: 'NotFoundException' });
  });

  it('distinguishes an unknown API from an unknown resource', async () => {
    const { restApiId, rootId } = await newApi();
    await expect(client.send(new GetResourceCommand({ restApiId: 'missing000', resourceId: rootId }))).rejects.toMatchObject({
      name: 'NotFoundException',
      message: expect.stringMatching(/^Invalid API identifier specified \d{12}:missing000$/),
    });
    await expect(client.send(new CreateResourceCommand({ restApiId, parentId: 'missing000', pathPart: 'x' }))).rejects.toMatchObject({
      name: 'NotFoundException',
      message: 'Invalid Resource identifier specified',
    });
  });

  it('keeps another account out of this account’s resources', async () => {
    const { restApiId, rootId } = await newApi();
    const other = sdkClient(cp.url, await createTestAccount(cp.dataSource));
    await expect(other.send(new GetResourceCommand({ restApiId, resourceId: rootId }))).rejects.toMatchObject({ name: 'NotFoundException' });
    await expect(other.send(new CreateResourceCommand({ restApiId, parentId: rootId, pathPart: 'x' }))).rejects.toMatchObject({ name: 'NotFoundException' });
    await expect(other.send(new DeleteResourceCommand({ restApiId, resourceId: rootId }))).rejects.toMatchObject({ name: 'NotFoundException' });
    other.destroy();
    expect((await client.send(new GetResourcesCommand({ restApiId }))).items).toHaveLength(1);
  });

  it('lets only one of several concurrent variable siblings win', async () => {
    const { restApiId, rootId } = await newApi();
    const results = await Promise.allSettled(
      ['{a}', '{b}', '{c}', '{d+}'].map((pathPart) => client.send(new CreateResourceCommand({ restApiId, parentId: rootId, pathPart }))),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) {
      if (r.status === 'rejected') expect(r.reason).toMatchObject({ name: 'BadRequestException', message: expect.stringContaining('already has a variable path part') });
    }
    expect((await client.send(new GetResourcesCommand({ restApiId }))).items).toHaveLength(2);
  });
});
