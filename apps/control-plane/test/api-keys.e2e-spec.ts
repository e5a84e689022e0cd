import { createHash } from 'node:crypto';
import {
  type APIGatewayClient, CreateApiKeyCommand, CreateUsagePlanCommand, DeleteApiKeyCommand, GetApiKeyCommand, GetApiKeysCommand,
  GetUsagePlanKeysCommand, ImportApiKeysCommand, UpdateApiKeyCommand,
} from '@aws-sdk/client-api-gateway';
import { randomUUID } from 'node:crypto';
import { failure, type TestCredentials, withControlPlane } from './harness';
import { ConfigPublishQueue, deployedApi } from './limits-test-helpers';

const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

describe('API keys (real SDK, Postgres, BullMQ)', () => {
  let account: TestCredentials & { accountId: string };
  let client: APIGatewayClient;
  let other: APIGatewayClient;
  let queue: ConfigPublishQueue;
  let restApiId: string;

  withControlPlane({
    redisKeyPrefix: true,
    setup: async (f) => {
      ({ account, client, other } = f);
      queue = new ConfigPublishQueue(f.cp.config.redis.url, f.cp.queuePrefix);
      restApiId = await deployedApi(client, 'prod');
    },
    teardown: () => queue.close(),
  });

  it('creates a key with a generated 40-character value, disabled by default as in the API, and enqueues publish-api-key', async () => {
    const before = Math.floor(Date.now() / 1000);
    const key = await client.send(new CreateApiKeyCommand({ name: 'generated', description: 'd', customerId: 'cust-1', tags: { team: 'a' } }));
    expect(key.id).toMatch(/^[a-z0-9]{10}$/);
    expect(key.value).toMatch(/^[A-Za-z0-9]{40}$/);
    expect(key).toMatchObject({ name: 'generated', description: 'd', customerId: 'cust-1', enabled: false, stageKeys: [], tags: { team: 'a' } });
    expect(Math.floor(key.createdDate!.getTime() / 1000)).toBeGreaterThanOrEqual(before);
    expect(await queue.jobs()).toContainEqual({ name: 'publish-api-key', data: { accountId: account.accountId, keyId: key.id, valueSha256: sha256(key.value!) } });
  });

  it('imports a value, hides it unless includeValue=true, and refuses a value already in use (ConflictException)', async () => {
    const value = `imported-${randomUUID()}`;
    const key = await client.send(new CreateApiKeyCommand({ name: 'imported', value, enabled: true, stageKeys: [{ restApiId, stageName: 'prod' }] }));
    expect(key).toMatchObject({ value, enabled: true, stageKeys: [`${restApiId}/prod`] });
    expect((await client.send(new GetApiKeyCommand({ apiKey: key.id }))).value).toBeUndefined();
    expect((await client.send(new GetApiKeyCommand({ apiKey: key.id, includeValue: true }))).value).toBe(value);
    expect(await failure(client.send(new CreateApiKeyCommand({ name: 'again', value })))).toEqual({ name: 'ConflictException', message: 'API Key already exists', status: 409 });
    // Values are unique across accounts too: the data plane finds keys by value alone.
    expect((await failure(other.send(new CreateApiKeyCommand({ value })))).name).toBe('ConflictException');
  });

  it('validates input with BadRequestException naming the problem', async () => {
    expect(await failure(client.send(new CreateApiKeyCommand({ value: 'too-short' })))).toMatchObject({ name: 'BadRequestException', message: 'API Key value should be at least 20 characters' });
    expect(await failure(client.send(new CreateApiKeyCommand({ name: 'x', stageKeys: [{ restApiId: 'nope000000', stageName: 'prod' }] }))))
      .toMatchObject({ name: 'NotFoundException', message: `Invalid API identifier specified ${account.accountId}:nope000000` });
    expect(await failure(client.send(new CreateApiKeyCommand({ name: 'x', stageKeys: [{ restApiId, stageName: 'missing' }] }))))
      .toMatchObject({ name: 'NotFoundException', message: 'Invalid Stage identifier specified' });
    const key = await client.send(new CreateApiKeyCommand({ name: 'v' }));
    expect(await failure(client.send(new UpdateApiKeyCommand({ apiKey: key.id, patchOperations: [{ op: 'replace', path: '/value', value: 'x' }] }))))
      .toMatchObject({ name: 'BadRequestException', message: expect.stringContaining("Invalid patch path '/value' specified for op 'replace'") });
    expect(await failure(client.send(new UpdateApiKeyCommand({ apiKey: key.id, patchOperations: [{ op: 'replace', path: '/enabled', value: 'yes' }] }))))
      .toMatchObject({ name: 'BadRequestException', message: expect.stringContaining('/enabled') });
  });

  it('updates name, description, enabled, customerId and stages with patchOperations', async () => {
    const key = await client.send(new CreateApiKeyCommand({ name: 'before' }));
    const updated = await client.send(new UpdateApiKeyCommand({
      apiKey: key.id,
      patchOperations: [
        { op: 'replace', path: '/name', value: 'after' },
        { op: 'replace', path: '/description', value: 'desc' },
        { op: 'replace', path: '/enabled', value: 'true' },
        { op: 'replace', path: '/customerId', value: 'c-9' },
        { op: 'add', path: '/stages', value: `${restApiId}/prod` },
      ],
    }));
    expect(updated).toMatchObject({ id: key.id, name: 'after', description: 'desc', enabled: true, customerId: 'c-9', stageKeys: [`${restApiId}/prod`] });
    expect(updated.value).toBeUndefined();
    const removed = await client.send(new UpdateApiKeyCommand({ apiKey: key.id, patchOperations: [{ op: 'remove', path: '/stages', value: `${restApiId}/prod` }] }));
    expect(removed.stageKeys).toEqual([]);
  });

  it('lists keys in pages with nameQuery, customerId and includeValues filters', async () => {
    const prefix = `page-${randomUUID().slice(0, 8)}`;
    for (let i = 0; i < 3; i++) await client.send(new CreateApiKeyCommand({ name: `${prefix}-${i}`, customerId: i === 1 ? 'only-me' : undefined }));
    const first = await client.send(new GetApiKeysCommand({ nameQuery: prefix, limit: 2 }));
    expect(first.items!.map((k) => k.name)).toEqual([`${prefix}-0`, `${prefix}-1`]);
    expect(first.items![0].value).toBeUndefined();
    const second = await client.send(new GetApiKeysCommand({ nameQuery: prefix, limit: 2, position: first.position, includeValues: true }));
    expect(second.items!.map((k) => k.name)).toEqual([`${prefix}-2`]);
    expect(second.items![0].value).toMatch(/^[A-Za-z0-9]{40}$/);
    expect(second.position).toBeUndefined();
    expect((await client.send(new GetApiKeysCommand({ customerId: 'only-me' }))).items!.map((k) => k.name)).toEqual([`${prefix}-1`]);
  });

  it('deletes a key (202), enqueues its unpublish by hash, then answers NotFoundException', async () => {
    const key = await client.send(new CreateApiKeyCommand({ name: 'doomed' }));
    await client.send(new DeleteApiKeyCommand({ apiKey: key.id }));
    const publishes = (await queue.jobs()).filter((job) => job.data.keyId === key.id);
    expect(publishes).toHaveLength(2);
    expect(await failure(client.send(new GetApiKeyCommand({ apiKey: key.id })))).toEqual({ name: 'NotFoundException', message: 'Invalid API Key identifier specified', status: 404 });
    expect((await failure(client.send(new DeleteApiKeyCommand({ apiKey: key.id })))).name).toBe('NotFoundException');
  });

  it("keeps accounts apart: another account's key is NotFoundException", async () => {
    const key = await client.send(new CreateApiKeyCommand({ name: 'mine' }));
    expect((await failure(other.send(new GetApiKeyCommand({ apiKey: key.id })))).name).toBe('NotFoundException');
    expect((await failure(other.send(new UpdateApiKeyCommand({ apiKey: key.id, patchOperations: [{ op: 'replace', path: '/name', value: 'x' }] })))).name).toBe('NotFoundException');
    expect((await failure(other.send(new DeleteApiKeyCommand({ apiKey: key.id })))).name).toBe('NotFoundException');
    expect((await other.send(new GetApiKeysCommand({}))).items).toEqual([]);
  });

  it('imports keys from CSV (any header order and case, quoted plan ids), overwriting a value imported before', async () => {
    const plan = await client.send(new CreateUsagePlanCommand({ name: 'import-plan' }));
    const [v1, v2] = [`csv-one-${randomUUID()}`, `csv-two-${randomUUID()}`];
    const csv = `Enabled,name,KEY,Description,UsagePlanIds,extra\ntrue,first,${v1},one,"${plan.id}",ignored\nfalse,second,${v2},two,,\n`;
    const result = await client.send(new ImportApiKeysCommand({ body: Buffer.from(csv), format: 'csv' }));
    expect(result.warnings ?? []).toEqual([]);
    expect(result.ids).toHaveLength(2);
    const keys = await Promise.all(result.ids!.map((id) => client.send(new GetApiKeyCommand({ apiKey: id, includeValue: true }))));
    expect(keys.map((k) => [k.name, k.value, k.description, k.enabled])).toEqual([['first', v1, 'one', true], ['second', v2, 'two', false]]);
    expect((await client.send(new GetUsagePlanKeysCommand({ usagePlanId: plan.id }))).items!.map((k) => k.id)).toEqual([result.ids![0]]);

    const again = await client.send(new ImportApiKeysCommand({ body: Buffer.from(`key,name\n${v1},renamed\n`), format: 'csv' }));
    expect(again.ids).toEqual([result.ids![0]]);
    expect((await client.send(new GetApiKeyCommand({ apiKey: result.ids![0] }))).name).toBe('renamed');
  });

  it('reports bad CSV rows as warnings, and failonwarnings rejects the whole file', async () => {
    const good = `csv-good-${randomUUID()}`;
    const csv = `name,key,usageplanids\nok,${good},\nshort,abc,\nplan,csv-plan-${randomUUID()},nosuchplan\n`;
    const strict = await failure(client.send(new ImportApiKeysCommand({ body: Buffer.from(csv), format: 'csv', failOnWarnings: true })));
    expect(strict).toMatchObject({ name: 'BadRequestException', message: expect.stringContaining('Line 3: API Key value should be at least 20 characters') });
    expect((await client.send(new GetApiKeysCommand({ nameQuery: 'ok' }))).items).toEqual([]);

    const lenient = await client.send(new ImportApiKeysCommand({ body: Buffer.from(csv), format: 'csv' }));
    expect(lenient.ids).toHaveLength(2);
    expect(lenient.warnings).toEqual(['Line 3: API Key value should be at least 20 characters', 'Line 4: Invalid Usage Plan ID specified: nosuchplan']);
    expect(await failure(client.send(new ImportApiKeysCommand({ body: Buffer.from('name\nx\n'), format: 'csv' }))))
      .toMatchObject({ name: 'BadRequestException', message: 'Invalid API key file: the header must contain the Name and Key columns' });
    expect((await failure(client.send(new ImportApiKeysCommand({ body: Buffer.from(csv), format: 'json' as 'csv' })))).name).toBe('BadRequestException');
  });
});
