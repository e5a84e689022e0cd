import {
  CreateDeploymentCommand,
  CreateDocumentationPartCommand,
  CreateDocumentationVersionCommand,
  DeleteDocumentationPartCommand,
  DeleteDocumentationVersionCommand,
  GetDocumentationPartCommand,
  GetDocumentationPartsCommand,
  GetDocumentationVersionCommand,
  GetDocumentationVersionsCommand,
  GetStageCommand,
  ImportDocumentationPartsCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  UpdateDocumentationPartCommand,
  UpdateDocumentationVersionCommand,
  type APIGatewayClient,
} from '@aws-sdk/client-api-gateway';
import { DEPLOYMENT_PUBLISH_QUEUE } from '@tollgate/jobs';
import { DocumentationVersionEntity } from '@tollgate/persistence';
import { createRestApi, failure, type RunningControlPlane, withControlPlane } from './harness';

function openApi(parts: unknown[]): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({
    openapi: '3.0.1',
    info: { title: 'docs', version: '1' },
    paths: {},
    'x-amazon-apigateway-documentation': { version: '1', documentationParts: parts },
  }));
}

describe('Documentation parts and versions (real SDK, real Postgres)', () => {
  let cp: RunningControlPlane;
  let client: APIGatewayClient;
  let other: APIGatewayClient;

  // CreateDeployment with a stage enqueues a publish job under this run's own BullMQ prefix.
  withControlPlane({ drainQueues: [DEPLOYMENT_PUBLISH_QUEUE], setup: (f) => {
    ({ cp, client, other } = f);
  } });

  const newApi = () => createRestApi(client, 'docs');

  it('creates parts with per-type defaults, filters, updates and deletes them', async () => {
    const { restApiId } = await newApi();
    const api = await client.send(new CreateDocumentationPartCommand({ restApiId, location: { type: 'API' }, properties: '{"info":{"description":"the API"}}' }));
    expect(api).toMatchObject({ location: { type: 'API' }, properties: '{"info":{"description":"the API"}}' });
    const method = await client.send(new CreateDocumentationPartCommand({ restApiId, location: { type: 'METHOD', path: '/pets', method: 'GET' }, properties: '{"summary":"list"}' }));
    expect(method.location).toEqual({ type: 'METHOD', path: '/pets', method: 'GET' });
    const response = await client.send(new CreateDocumentationPartCommand({ restApiId, location: { type: 'RESPONSE' }, properties: '{}' }));
    expect(response.location).toEqual({ type: 'RESPONSE', path: '/', method: '*', statusCode: '*' });
    const header = await client.send(new CreateDocumentationPartCommand({ restApiId, location: { type: 'REQUEST_HEADER', path: '/pets', name: 'x-trace' }, properties: '{"description":"trace id"}' }));

    expect(await client.send(new GetDocumentationPartCommand({ restApiId, documentationPartId: method.id }))).toMatchObject({ id: method.id, properties: '{"summary":"list"}' });
    const all = await client.send(new GetDocumentationPartsCommand({ restApiId }));
    expect(all.items?.map((p) => p.id)).toEqual([api.id, method.id, response.id, header.id]);
    expect((await client.send(new GetDocumentationPartsCommand({ restApiId, type: 'METHOD' }))).items?.map((p) => p.id)).toEqual([method.id]);
    expect((await client.send(new GetDocumentationPartsCommand({ restApiId, path: '/pets' }))).items?.map((p) => p.id)).toEqual([method.id, header.id]);
    expect((await client.send(new GetDocumentationPartsCommand({ restApiId, nameQuery: 'trace' }))).items?.map((p) => p.id)).toEqual([header.id]);
    expect((await client.send(new GetDocumentationPartsCommand({ restApiId, locationStatus: 'UNDOCUMENTED' }))).items?.map((p) => p.id)).toEqual([response.id]);
    const first = await client.send(new GetDocumentationPartsCommand({ restApiId, limit: 3 }));
    expect(first.items).toHaveLength(3);
    expect((await client.send(new GetDocumentationPartsCommand({ restApiId, position: first.position }))).items?.map((p) => p.id)).toEqual([header.id]);

    const updated = await client.send(new UpdateDocumentationPartCommand({ restApiId, documentationPartId: method.id, patchOperations: [{ op: 'replace', path: '/properties', value: '{"summary":"list pets"}' }] }));
    expect(updated.properties).toBe('{"summary":"list pets"}');
    expect((await failure(client.send(new UpdateDocumentationPartCommand({ restApiId, documentationPartId: method.id, patchOperations: [{ op: 'replace', path: '/location/path', value: '/x' }] })))).name).toBe('BadRequestException');
    expect((await failure(client.send(new UpdateDocumentationPartCommand({ restApiId, documentationPartId: method.id, patchOperations: [{ op: 'replace', path: '/properties', value: '' }] })))).message).toBe('Documentation part properties must be non-empty');

    await client.send(new DeleteDocumentationPartCommand({ restApiId, documentationPartId: method.id }));
    expect(await failure(client.send(new GetDocumentationPartCommand({ restApiId, documentationPartId: method.id })))).toEqual({
      name: 'NotFoundException', status: 404, message: 'Invalid Documentation part identifier specified',
    });
    expect(await failure(other.send(new GetDocumentationPartCommand({ restApiId, documentationPartId: api.id })))).toMatchObject({ name: 'NotFoundException' });
  });

  it('validates locations per type and refuses a second part at the same location', async () => {
    const { restApiId } = await newApi();
    const bad = (location: Record<string, string>, properties = '{}') => failure(client.send(new CreateDocumentationPartCommand({ restApiId, location: location as never, properties })));
    expect(await bad({ type: 'API', path: '/x' })).toMatchObject({ name: 'BadRequestException', message: "Invalid location: 'path' is not a valid field for a documentation part of type API" });
    expect((await bad({ type: 'MODEL' })).message).toBe("Invalid location: 'name' is required for a documentation part of type MODEL");
    expect((await bad({ type: 'METHOD', statusCode: '200' })).message).toBe("Invalid location: 'statusCode' is not a valid field for a documentation part of type METHOD");
    expect((await bad({ type: 'WIDGET' })).message).toMatch(/^1 validation error detected: Value 'WIDGET' at 'location.type'/);
    expect((await bad({ type: 'API' }, 'not json')).message).toMatch(/^Invalid documentation content specified/);
    await client.send(new CreateDocumentationPartCommand({ restApiId, location: { type: 'MODEL', name: 'Pet' }, properties: '{}' }));
    expect(await bad({ type: 'MODEL', name: 'Pet' })).toMatchObject({ name: 'ConflictException', status: 409 });
  });

  it('imports parts from OpenAPI in merge and overwrite modes', async () => {
    const { restApiId } = await newApi();
    const existing = await client.send(new CreateDocumentationPartCommand({ restApiId, location: { type: 'API' }, properties: '{"v":1}' }));
    const merged = await client.send(new ImportDocumentationPartsCommand({ restApiId, mode: 'merge', body: openApi([
      { location: { type: 'API' }, properties: { v: 2 } },
      { location: { type: 'RESOURCE', path: '/pets' }, properties: { description: 'pets' } },
    ]) }));
    expect(merged.ids).toHaveLength(2);
    expect(merged.ids).toContain(existing.id);
    expect((await client.send(new GetDocumentationPartCommand({ restApiId, documentationPartId: existing.id }))).properties).toBe('{"v":2}');

    const overwritten = await client.send(new ImportDocumentationPartsCommand({ restApiId, mode: 'overwrite', body: openApi([{ location: { type: 'MODEL', name: 'Pet' }, properties: { title: 'Pet' } }]) }));
    const parts = await client.send(new GetDocumentationPartsCommand({ restApiId }));
    expect(parts.items?.map((p) => p.id)).toEqual(overwritten.ids);
    expect(parts.items?.[0].location).toEqual({ type: 'MODEL', name: 'Pet' });

    expect((await failure(client.send(new ImportDocumentationPartsCommand({ restApiId, mode: 'sideways' as never, body: openApi([]) })))).name).toBe('BadRequestException');
    expect((await failure(client.send(new ImportDocumentationPartsCommand({ restApiId, body: new TextEncoder().encode('not: [valid') })))).name).toBe('BadRequestException');
    expect(await failure(other.send(new ImportDocumentationPartsCommand({ restApiId, body: openApi([]) })))).toMatchObject({ name: 'NotFoundException' });
  });

  it('freezes the parts into documentation versions and points a stage at one', async () => {
    const { restApiId, rootId } = await newApi();
    const part = await client.send(new CreateDocumentationPartCommand({ restApiId, location: { type: 'API' }, properties: '{"v":1}' }));
    await client.send(new PutMethodCommand({ restApiId, resourceId: rootId, httpMethod: 'GET', authorizationType: 'NONE' }));
    await client.send(new PutIntegrationCommand({ restApiId, resourceId: rootId, httpMethod: 'GET', type: 'MOCK' }));
    await client.send(new CreateDeploymentCommand({ restApiId, stageName: 'prod' }));

    const before = Math.floor(Date.now() / 1000);
    const v1 = await client.send(new CreateDocumentationVersionCommand({ restApiId, documentationVersion: '1.0', stageName: 'prod', description: 'first' }));
    expect(v1).toMatchObject({ version: '1.0', description: 'first' });
    expect(Math.floor(v1.createdDate!.getTime() / 1000)).toBeGreaterThanOrEqual(before);
    expect((await client.send(new GetStageCommand({ restApiId, stageName: 'prod' }))).documentationVersion).toBe('1.0');
    await client.send(new UpdateDocumentationPartCommand({ restApiId, documentationPartId: part.id, patchOperations: [{ op: 'replace', path: '/properties', value: '{"v":2}' }] }));
    const frozen = await cp.dataSource.getRepository(DocumentationVersionEntity).findOneByOrFail({ restApiId, version: '1.0' });
    expect(frozen.parts).toEqual([{ id: part.id, location: { type: 'API' }, properties: '{"v":1}' }]);

    await client.send(new CreateDocumentationVersionCommand({ restApiId, documentationVersion: '2.0' }));
    expect(await failure(client.send(new CreateDocumentationVersionCommand({ restApiId, documentationVersion: '1.0' })))).toMatchObject({ name: 'ConflictException', status: 409 });
    expect(await failure(client.send(new CreateDocumentationVersionCommand({ restApiId, documentationVersion: '3.0', stageName: 'nope' })))).toMatchObject({ name: 'NotFoundException', message: 'Invalid stage identifier specified' });
    expect((await client.send(new GetDocumentationVersionsCommand({ restApiId }))).items?.map((v) => v.version)).toEqual(['1.0', '2.0']);
    const page = await client.send(new GetDocumentationVersionsCommand({ restApiId, limit: 1 }));
    expect((await client.send(new GetDocumentationVersionsCommand({ restApiId, position: page.position }))).items?.map((v) => v.version)).toEqual(['2.0']);

    const updated = await client.send(new UpdateDocumentationVersionCommand({ restApiId, documentationVersion: '1.0', patchOperations: [{ op: 'replace', path: '/description', value: 'renamed' }] }));
    expect(updated.description).toBe('renamed');
    expect((await client.send(new GetDocumentationVersionCommand({ restApiId, documentationVersion: '1.0' }))).description).toBe('renamed');
    await client.send(new DeleteDocumentationVersionCommand({ restApiId, documentationVersion: '2.0' }));
    expect(await failure(client.send(new GetDocumentationVersionCommand({ restApiId, documentationVersion: '2.0' })))).toEqual({
      name: 'NotFoundException', status: 404, message: 'Invalid Documentation version specified',
    });
    expect(await failure(other.send(new GetDocumentationVersionsCommand({ restApiId })))).toMatchObject({ name: 'NotFoundException' });
  });
});
