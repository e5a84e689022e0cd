import {
  CreateApiKeyCommand, CreateDeploymentCommand, CreateResourceCommand, CreateRestApiCommand, CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand, GetResourcesCommand, GetUsageCommand, PutIntegrationCommand, PutIntegrationResponseCommand,
  PutMethodCommand, PutMethodResponseCommand, UpdateApiKeyCommand,
} from '@aws-sdk/client-api-gateway';
import { randomBytes } from 'node:crypto';
import { eventually, invokeHttps, startSystem, utcDayWithMargin, type RunningSystem } from '../src';

jest.setTimeout(90_000);

/** The paying-customer path across all three processes: key + plan managed with the SDK, enforced by the data plane. */
describe('API keys, usage plans and quotas from the SDK to the data plane', () => {
  let system: RunningSystem;
  let host: string;
  let keyId: string;
  let planId: string;
  const keyValue = randomBytes(24).toString('hex');
  let today: string;

  beforeAll(async () => {
    // The daily quota and GetUsage count "today": keep the whole file (well under 2 minutes) on one UTC day.
    today = await utcDayWithMargin(120_000);
    system = await startSystem();
    const sdk = system.sdk();
    const api = await sdk.send(new CreateRestApiCommand({ name: 'paid-api' }));
    host = `${api.id}.execute-api.us-east-1.localhost`;
    const { items } = await sdk.send(new GetResourcesCommand({ restApiId: api.id }));
    const paid = await sdk.send(new CreateResourceCommand({ restApiId: api.id, parentId: items![0].id!, pathPart: 'paid' }));
    await sdk.send(new PutMethodCommand({ restApiId: api.id, resourceId: paid.id!, httpMethod: 'GET', authorizationType: 'NONE', apiKeyRequired: true }));
    await sdk.send(new PutIntegrationCommand({
      restApiId: api.id, resourceId: paid.id!, httpMethod: 'GET', type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' },
    }));
    await sdk.send(new PutMethodResponseCommand({ restApiId: api.id, resourceId: paid.id!, httpMethod: 'GET', statusCode: '200' }));
    await sdk.send(new PutIntegrationResponseCommand({
      restApiId: api.id, resourceId: paid.id!, httpMethod: 'GET', statusCode: '200', responseTemplates: { 'application/json': '{"paid": true}' },
    }));
    await sdk.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: 'prod' }));

    const key = await sdk.send(new CreateApiKeyCommand({ name: 'customer-1', enabled: true, value: keyValue }));
    keyId = key.id!;
    const plan = await sdk.send(new CreateUsagePlanCommand({
      name: 'bronze', apiStages: [{ apiId: api.id, stage: 'prod' }],
      throttle: { rateLimit: 100, burstLimit: 50 }, quota: { limit: 3, period: 'DAY' },
    }));
    planId = plan.id!;
    await sdk.send(new CreateUsagePlanKeyCommand({ usagePlanId: planId, keyId, keyType: 'API_KEY' }));
  }, 240_000);

  afterAll(async () => { await system?.stop(); });

  const call = (key?: string) => invokeHttps(system.dataPlaneHttpsPort, host, '/prod/paid', { headers: key ? { 'x-api-key': key } : {} });

  it('refuses a request without a key with 403 Forbidden once the stage is live', async () => {
    const res = await eventually(() => call(), (r) => r.body.includes('Forbidden'))
      .catch((e: Error) => { throw new Error(`${e.message}\n${system.logs()}`); });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toEqual({ message: 'Forbidden' });
    expect(res.headers['x-amzn-errortype']).toBe('ForbiddenException');
  });

  it('refuses an unknown key with 403 Forbidden', async () => {
    const res = await call('not-a-real-key-value-000000000000');
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toEqual({ message: 'Forbidden' });
  });

  it('admits the key up to its daily quota, then answers 429 Limit Exceeded', async () => {
    const first = await eventually(() => call(keyValue), (r) => r.status === 200);
    expect(JSON.parse(first.body)).toEqual({ paid: true });
    expect((await call(keyValue)).status).toBe(200);
    expect((await call(keyValue)).status).toBe(200);
    const over = await call(keyValue);
    expect(over.status).toBe(429);
    expect(JSON.parse(over.body)).toEqual({ message: 'Limit Exceeded' });
    expect(over.headers['x-amzn-errortype']).toBe('LimitExceededException');
  });

  it('reports the admitted requests through GetUsage, current to the request', async () => {
    const usage = await system.sdk().send(new GetUsageCommand({ usagePlanId: planId, startDate: today, endDate: today }));
    expect(usage.items).toEqual({ [keyId]: [[3, 0]] });
  });

  it('stops admitting a key once it is disabled, without a redeploy', async () => {
    await system.sdk().send(new UpdateApiKeyCommand({ apiKey: keyId, patchOperations: [{ op: 'replace', path: '/enabled', value: 'false' }] }));
    const res = await eventually(() => call(keyValue), (r) => r.status === 403);
    expect(JSON.parse(res.body)).toEqual({ message: 'Forbidden' });
  });
});
