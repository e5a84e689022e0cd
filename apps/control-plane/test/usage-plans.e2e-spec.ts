import {
  type APIGatewayClient, CreateApiKeyCommand, CreateUsagePlanCommand, CreateUsagePlanKeyCommand, DeleteUsagePlanCommand, DeleteUsagePlanKeyCommand,
  GetUsagePlanCommand, GetUsagePlanKeyCommand, GetUsagePlanKeysCommand, GetUsagePlansCommand, UpdateUsagePlanCommand,
} from '@aws-sdk/client-api-gateway';
import { failure, type TestCredentials, withControlPlane } from './harness';
import { ConfigPublishQueue, deployedApi } from './limits-test-helpers';

describe('Usage plans and usage plan keys (real SDK, Postgres, BullMQ)', () => {
  let account: TestCredentials & { accountId: string };
  let client: APIGatewayClient;
  let other: APIGatewayClient;
  let queue: ConfigPublishQueue;
  let apiId: string;

  withControlPlane({
    redisKeyPrefix: true,
    setup: async (f) => {
      ({ account, client, other } = f);
      queue = new ConfigPublishQueue(f.cp.config.redis.url, f.cp.queuePrefix);
      apiId = await deployedApi(client, 'prod');
    },
    teardown: () => queue.close(),
  });

  it('creates a plan with throttle, quota and api stages (method throttles) and enqueues publish-usage-plan', async () => {
    const plan = await client.send(new CreateUsagePlanCommand({
      name: 'gold', description: 'd', tags: { tier: 'gold' },
      throttle: { burstLimit: 100, rateLimit: 50.5 },
      quota: { limit: 10000, offset: 1, period: 'WEEK' },
      apiStages: [{ apiId, stage: 'prod', throttle: { '/pets/GET': { burstLimit: 5, rateLimit: 2 }, '//GET': { rateLimit: 1 } } }],
    }));
    expect(plan.id).toMatch(/^[a-z0-9]{10}$/);
    expect(plan).toMatchObject({
      name: 'gold', description: 'd', tags: { tier: 'gold' }, throttle: { burstLimit: 100, rateLimit: 50.5 },
      quota: { limit: 10000, offset: 1, period: 'WEEK' },
      apiStages: [{ apiId, stage: 'prod', throttle: { '/pets/GET': { burstLimit: 5, rateLimit: 2 }, '//GET': { rateLimit: 1 } } }],
    });
    expect(await client.send(new GetUsagePlanCommand({ usagePlanId: plan.id }))).toMatchObject({ id: plan.id, name: 'gold', quota: plan.quota });
    expect(await queue.jobs()).toContainEqual({ name: 'publish-usage-plan', data: { accountId: account.accountId, usagePlanId: plan.id } });
  });

  it('validates plans: name, quota (AWS offset rules), throttle and api stages that must exist', async () => {
    expect((await failure(client.send(new CreateUsagePlanCommand({ name: '' })))).name).toBe('BadRequestException');
    expect(await failure(client.send(new CreateUsagePlanCommand({ name: 'q', quota: { limit: 10, offset: 1, period: 'DAY' } }))))
      .toMatchObject({ name: 'BadRequestException', message: "Invalid 'quota': Quota offset must be 0 for period DAY" });
    expect(await failure(client.send(new CreateUsagePlanCommand({ name: 'q', quota: { limit: 10, period: 'YEAR' as 'DAY' } }))))
      .toMatchObject({ name: 'BadRequestException', message: expect.stringContaining('Invalid quota period: YEAR') });
    expect(await failure(client.send(new CreateUsagePlanCommand({ name: 't', throttle: { burstLimit: -1 } }))))
      .toMatchObject({ name: 'BadRequestException', message: expect.stringContaining("'throttle.burstLimit'") });
    expect(await failure(client.send(new CreateUsagePlanCommand({ name: 's', apiStages: [{ apiId, stage: 'nope' }] }))))
      .toMatchObject({ name: 'BadRequestException', message: expect.stringMatching(new RegExp(`^Invalid API Stage \\{api: ${apiId}, stage: nope\\} specified for usageplan [a-z0-9]{10}$`)) });
    expect(await failure(client.send(new CreateUsagePlanCommand({ name: 'm', apiStages: [{ apiId, stage: 'prod', throttle: { 'pets': { rateLimit: 1 } } }] }))))
      .toMatchObject({ name: 'BadRequestException', message: expect.stringContaining("Invalid method throttle key 'pets'") });
    expect(await failure(client.send(new GetUsagePlanCommand({ usagePlanId: 'missing000' })))).toEqual({ name: 'NotFoundException', message: 'Invalid Usage Plan ID specified', status: 404 });
  });

  it('applies UpdateUsagePlan patch paths: throttle, quota, apiStages add/remove and method throttles', async () => {
    const plan = await client.send(new CreateUsagePlanCommand({ name: 'patch-me' }));
    const updated = await client.send(new UpdateUsagePlanCommand({
      usagePlanId: plan.id,
      patchOperations: [
        { op: 'replace', path: '/name', value: 'patched' },
        { op: 'replace', path: '/productCode', value: 'p-1' },
        { op: 'replace', path: '/throttle/burstLimit', value: '20' },
        { op: 'replace', path: '/throttle/rateLimit', value: '7.5' },
        { op: 'replace', path: '/quota/limit', value: '500' },
        { op: 'replace', path: '/quota/period', value: 'MONTH' },
        { op: 'add', path: '/apiStages', value: `${apiId}:prod` },
        { op: 'replace', path: `/apiStages/${apiId}:prod/throttle/~1/GET/rateLimit`, value: '3' },
        { op: 'replace', path: `/apiStages/${apiId}:prod/throttle/~1/GET/burstLimit`, value: '4' },
      ],
    }));
    expect(updated).toMatchObject({
      name: 'patched', productCode: 'p-1', throttle: { burstLimit: 20, rateLimit: 7.5 }, quota: { limit: 500, offset: 0, period: 'MONTH' },
      apiStages: [{ apiId, stage: 'prod', throttle: { '//GET': { rateLimit: 3, burstLimit: 4 } } }],
    });
    const removed = await client.send(new UpdateUsagePlanCommand({
      usagePlanId: plan.id,
      patchOperations: [{ op: 'remove', path: `/apiStages/${apiId}:prod/throttle/~1/GET` }, { op: 'remove', path: '/quota' }],
    }));
    expect(removed.apiStages).toEqual([{ apiId, stage: 'prod' }]);
    expect(removed.quota).toBeUndefined();
    const noStages = await client.send(new UpdateUsagePlanCommand({ usagePlanId: plan.id, patchOperations: [{ op: 'remove', path: '/apiStages', value: `${apiId}:prod` }] }));
    expect(noStages.apiStages).toEqual([]);

    expect(await failure(client.send(new UpdateUsagePlanCommand({ usagePlanId: plan.id, patchOperations: [{ op: 'replace', path: '/bogus', value: '1' }] }))))
      .toMatchObject({ name: 'BadRequestException', message: expect.stringContaining("Invalid patch path '/bogus'") });
    expect((await failure(client.send(new UpdateUsagePlanCommand({ usagePlanId: plan.id, patchOperations: [{ op: 'replace', path: '/throttle/burstLimit', value: 'lots' }] })))).name)
      .toBe('BadRequestException');
    expect((await failure(client.send(new UpdateUsagePlanCommand({ usagePlanId: plan.id, patchOperations: [{ op: 'add', path: '/apiStages', value: `${apiId}:nope` }] })))).message)
      .toBe(`Invalid API Stage {api: ${apiId}, stage: nope} specified for usageplan ${plan.id}`);
  });

  it('adds keys to plans (UsagePlanKey shape), lists them with nameQuery, filters plans by keyId, removes them', async () => {
    const plan = await client.send(new CreateUsagePlanCommand({ name: 'with-keys', apiStages: [{ apiId, stage: 'prod' }] }));
    const a = await client.send(new CreateApiKeyCommand({ name: 'alpha', enabled: true }));
    const b = await client.send(new CreateApiKeyCommand({ name: 'beta', enabled: true }));
    const planKey = await client.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: a.id, keyType: 'API_KEY' }));
    expect(planKey).toEqual(expect.objectContaining({ id: a.id, name: 'alpha', type: 'API_KEY', value: a.value }));
    await client.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: b.id, keyType: 'API_KEY' }));
    expect(await queue.jobs()).toContainEqual({ name: 'publish-api-key', data: expect.objectContaining({ keyId: a.id }) });

    expect((await client.send(new GetUsagePlanKeysCommand({ usagePlanId: plan.id }))).items!.map((k) => k.name)).toEqual(['alpha', 'beta']);
    expect((await client.send(new GetUsagePlanKeysCommand({ usagePlanId: plan.id, nameQuery: 'be' }))).items!.map((k) => k.id)).toEqual([b.id]);
    expect(await client.send(new GetUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: a.id }))).toMatchObject({ id: a.id, type: 'API_KEY' });
    expect((await client.send(new GetUsagePlansCommand({ keyId: a.id }))).items!.map((p) => p.id)).toEqual([plan.id]);

    expect((await failure(client.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: a.id, keyType: 'API_KEY' })))).name).toBe('ConflictException');
    expect(await failure(client.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: 'nokey00000', keyType: 'API_KEY' }))))
      .toMatchObject({ name: 'NotFoundException', message: 'Invalid API Key identifier specified' });
    expect(await failure(client.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: a.id, keyType: 'OTHER' }))))
      .toMatchObject({ name: 'BadRequestException', message: expect.stringContaining("'keyType'") });

    await client.send(new DeleteUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: a.id }));
    expect((await failure(client.send(new GetUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: a.id })))).name).toBe('NotFoundException');
    expect((await client.send(new GetUsagePlansCommand({ keyId: a.id }))).items).toEqual([]);
  });

  it('refuses (ConflictException) a key in two plans that share an API stage', async () => {
    const key = await client.send(new CreateApiKeyCommand({ name: 'shared' }));
    const first = await client.send(new CreateUsagePlanCommand({ name: 'first', apiStages: [{ apiId, stage: 'prod' }] }));
    const second = await client.send(new CreateUsagePlanCommand({ name: 'second', apiStages: [{ apiId, stage: 'prod' }] }));
    const third = await client.send(new CreateUsagePlanCommand({ name: 'third' }));
    await client.send(new CreateUsagePlanKeyCommand({ usagePlanId: first.id, keyId: key.id, keyType: 'API_KEY' }));
    expect(await failure(client.send(new CreateUsagePlanKeyCommand({ usagePlanId: second.id, keyId: key.id, keyType: 'API_KEY' })))).toEqual({
      name: 'ConflictException', status: 409,
      message: `Usage Plan ${second.id} cannot be added because API Key ${key.id} cannot reference multiple Usage Plans with the same API Stage: ${apiId}:prod`,
    });
    // Adding the stage later to another plan of the key is refused the same way.
    await client.send(new CreateUsagePlanKeyCommand({ usagePlanId: third.id, keyId: key.id, keyType: 'API_KEY' }));
    expect((await failure(client.send(new UpdateUsagePlanCommand({ usagePlanId: third.id, patchOperations: [{ op: 'add', path: '/apiStages', value: `${apiId}:prod` }] })))).name)
      .toBe('ConflictException');
  });

  it('pages plans, deletes them (202) and republishes their keys', async () => {
    const key = await client.send(new CreateApiKeyCommand({ name: 'orphan' }));
    const plan = await client.send(new CreateUsagePlanCommand({ name: 'to-delete' }));
    await client.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id, keyType: 'API_KEY' }));
    const page = await client.send(new GetUsagePlansCommand({ limit: 1 }));
    expect(page.items).toHaveLength(1);
    expect(page.position).toBeDefined();

    const before = (await queue.jobs()).filter((job) => job.data.keyId === key.id).length;
    await client.send(new DeleteUsagePlanCommand({ usagePlanId: plan.id }));
    expect((await failure(client.send(new GetUsagePlanCommand({ usagePlanId: plan.id })))).name).toBe('NotFoundException');
    expect((await queue.jobs()).filter((job) => job.data.keyId === key.id).length).toBe(before + 1);
    expect((await client.send(new GetUsagePlansCommand({ keyId: key.id }))).items).toEqual([]);
  });

  it("keeps accounts apart: another account's plan is NotFoundException", async () => {
    const plan = await client.send(new CreateUsagePlanCommand({ name: 'private' }));
    expect((await failure(other.send(new GetUsagePlanCommand({ usagePlanId: plan.id })))).name).toBe('NotFoundException');
    expect((await failure(other.send(new DeleteUsagePlanCommand({ usagePlanId: plan.id })))).name).toBe('NotFoundException');
    expect((await failure(other.send(new GetUsagePlanKeysCommand({ usagePlanId: plan.id })))).name).toBe('NotFoundException');
    expect((await failure(other.send(new CreateUsagePlanCommand({ name: 'x', apiStages: [{ apiId, stage: 'prod' }] })))).name).toBe('BadRequestException');
    expect((await other.send(new GetUsagePlansCommand({}))).items).toEqual([]);
  });
});
