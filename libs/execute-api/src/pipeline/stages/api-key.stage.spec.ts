import { createHash } from 'node:crypto';
import pino from 'pino';
import type { LimitDecision, LimitRequest, Limiter } from '@tollgate/limits';
import { redisKeys, type Snapshot, type UsagePlanRecord } from '@tollgate/model';
import { buildMethod, buildResource, buildSnapshot } from '@tollgate/testing';
import { fakeServices, routedContext, thrownType } from '../../context.fixture';
import { InMemoryLimitRecords } from '../../limits/in-memory-limit-records';
import type { LimitRecordReader } from '../../limits/limit-record-reader';
import { createLimitServices } from '../../limits/limit-services';
import type { RequestContext } from '../context';
import { apiKeyStage } from './api-key.stage';

const ACCOUNT = '111122223333';
const API = 'abc123defg';
const sha = (value: string) => createHash('sha256').update(value).digest('hex');
const admitAll: Limiter = { check: (_request: LimitRequest): Promise<LimitDecision> => Promise.resolve({ admitted: true }) };

function plan(id: string, apiStages: UsagePlanRecord['apiStages'], accountId = ACCOUNT): UsagePlanRecord {
  return { id, accountId, name: id, apiStages };
}

describe('api-key stage', () => {
  const records = new InMemoryLimitRecords()
    .putPlan(plan('plan-dev', { [`${API}:dev`]: {} }))
    .putPlan(plan('plan-prod', { [`${API}:prod`]: {} }))
    .putPlan(plan('plan-foreign', { [`${API}:dev`]: {} }, '999999999999'))
    .putApiKey(sha('good-key'), { id: 'key1', accountId: ACCOUNT, enabled: true, usagePlanIds: ['plan-prod', 'plan-dev'] })
    .putApiKey(sha('disabled-key'), { id: 'key2', accountId: ACCOUNT, enabled: false, usagePlanIds: ['plan-dev'] })
    .putApiKey(sha('prod-only-key'), { id: 'key3', accountId: ACCOUNT, enabled: true, usagePlanIds: ['plan-prod', 'plan-missing'] })
    .putApiKey(sha('foreign-plan-key'), { id: 'key4', accountId: ACCOUNT, enabled: true, usagePlanIds: ['plan-foreign'] })
    .putApiKey(sha('other-account-key'), { id: 'key5', accountId: '999999999999', enabled: true, usagePlanIds: ['plan-foreign'] });

  function context(headers: Record<string, string>, options: { apiKeyRequired?: boolean; source?: Snapshot['apiKeySource']; reader?: LimitRecordReader; limits?: boolean } = {}): RequestContext {
    const snapshot = buildSnapshot({
      restApiId: API, accountId: ACCOUNT, apiKeySource: options.source ?? 'HEADER',
      resources: [buildResource('/', { GET: buildMethod({ apiKeyRequired: options.apiKeyRequired ?? true }) })],
    });
    const limits = createLimitServices({ records: options.reader ?? records, limiter: admitAll, keys: redisKeys('unit:'), logger: pino({ level: 'silent' }) });
    return routedContext(snapshot, 'GET', '/', { headers }, { stageName: 'dev' }, fakeServices(options.limits === false ? {} : { limits }));
  }

  it('admits an enabled key in a plan for this stage, synchronously, and fills identity and plan', () => {
    const ctx = context({ 'X-API-Key': 'good-key' });
    expect(apiKeyStage(ctx)).toBeUndefined();
    expect(ctx.identity.apiKey).toBe('good-key');
    expect(ctx.identity.apiKeyId).toBe('key1');
    expect(ctx.usagePlanId).toBe('plan-dev');
    expect(ctx.usagePlan?.id).toBe('plan-dev');
  });

  it('does nothing for methods without apiKeyRequired', () => {
    const ctx = context({}, { apiKeyRequired: false });
    expect(apiKeyStage(ctx)).toBeUndefined();
    expect(ctx.identity.apiKeyId).toBeUndefined();
    expect(ctx.usagePlan).toBeUndefined();
  });

  it.each([
    ['missing key', {}],
    ['empty key', { 'x-api-key': '' }],
    ['unknown key', { 'x-api-key': 'nope' }],
    ['disabled key', { 'x-api-key': 'disabled-key' }],
    ['key in no plan for this stage', { 'x-api-key': 'prod-only-key' }],
    ['key whose plan belongs to another account', { 'x-api-key': 'foreign-plan-key' }],
    ['key of another account', { 'x-api-key': 'other-account-key' }],
  ])('%s is INVALID_API_KEY', async (_what, headers: Record<string, string>) => {
    const ctx = context(headers);
    expect(await thrownType(() => apiKeyStage(ctx))).toBe('INVALID_API_KEY');
    expect(ctx.identity.apiKeyId).toBeUndefined();
    expect(ctx.usagePlan).toBeUndefined();
  });

  it('AUTHORIZER source reads the key the authorizer put in identity, not the header', async () => {
    const fromAuthorizer = context({ 'x-api-key': 'nope' }, { source: 'AUTHORIZER' });
    fromAuthorizer.identity.apiKey = 'good-key';
    expect(apiKeyStage(fromAuthorizer)).toBeUndefined();
    expect(fromAuthorizer.identity.apiKeyId).toBe('key1');

    const headerOnly = context({ 'x-api-key': 'good-key' }, { source: 'AUTHORIZER' });
    expect(await thrownType(() => apiKeyStage(headerOnly))).toBe('INVALID_API_KEY');
  });

  it('without limit services configured, a required key can never be verified: INVALID_API_KEY', async () => {
    expect(await thrownType(() => apiKeyStage(context({ 'x-api-key': 'good-key' }, { limits: false })))).toBe('INVALID_API_KEY');
  });

  it('loads a key not yet in memory (async) and fails closed with a 5xx when the lookup fails', async () => {
    const lazy: LimitRecordReader = {
      getApiKey: () => undefined,
      loadApiKey: (hash) => (hash === sha('good-key') ? records.loadApiKey(hash) : Promise.reject(new Error('connection refused'))),
      getPlan: (id) => records.getPlan(id),
      getAccount: () => null,
      loadAccount: () => Promise.resolve(null),
    };
    const ctx = context({ 'x-api-key': 'good-key' }, { reader: lazy });
    const pending = apiKeyStage(ctx);
    expect(pending).toBeInstanceOf(Promise);
    await pending;
    expect(ctx.identity.apiKeyId).toBe('key1');

    expect(await thrownType(() => apiKeyStage(context({ 'x-api-key': 'other' }, { reader: lazy })))).toBe('DEFAULT_5XX');
  });
});
