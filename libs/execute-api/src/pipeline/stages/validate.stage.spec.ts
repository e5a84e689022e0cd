import type { Snapshot, SnapshotMethod } from '@tollgate/model';
import { buildMethod, buildResource, buildSnapshot } from '@tollgate/testing';
import { routedContext, type FakeRequestInit } from '../../context.fixture';
import type { RequestContext } from '../context';
import { GatewayError } from '../gateway-error';
import { validateStage } from './validate.stage';

const PET = {
  type: 'object',
  required: ['name'],
  properties: { name: { type: 'string' }, age: { type: 'integer', minimum: 0 } },
};

function snapshot(method: Partial<SnapshotMethod>, validator = { validateRequestBody: true, validateRequestParameters: true }): Snapshot {
  return buildSnapshot({
    resources: [buildResource('/pets/{petId}', { POST: buildMethod({ requestValidatorId: 'v1', ...method }) })],
    requestValidators: { v1: { id: 'v1', name: 'all', ...validator } },
    models: { Pet: { name: 'Pet', contentType: 'application/json', schema: PET } },
  });
}

function context(method: Partial<SnapshotMethod>, init: FakeRequestInit & { query?: string } = {}, validator?: { validateRequestBody: boolean; validateRequestParameters: boolean }): RequestContext {
  const ctx = routedContext(snapshot(method, validator), 'POST', '/pets/1', init);
  ctx.rawQuery = init.query ?? '';
  return ctx;
}

async function failure(ctx: RequestContext): Promise<GatewayError | undefined> {
  try {
    await validateStage(ctx);
    return undefined;
  } catch (error) {
    if (error instanceof GatewayError) return error;
    throw error;
  }
}

describe('validate stage', () => {
  const required = {
    'method.request.header.X-Token': true,
    'method.request.querystring.page': true,
    'method.request.path.petId': true,
    'method.request.querystring.optional': false,
  };

  it('lists every missing required parameter in AWS order, as BAD_REQUEST_PARAMETERS', async () => {
    const ctx = context({ requestParameters: { ...required, 'method.request.header.X-Other': true } }, { headers: { 'x-token': 't' } });
    const error = await failure(ctx);
    expect(error?.type).toBe('BAD_REQUEST_PARAMETERS');
    expect(error?.customMessage).toBe('Missing required request parameters: [X-Other, page]');
    expect(ctx.validationErrorString).toBe('Missing required request parameters: [X-Other, page]');
  });

  it('passes when required headers (any case) and query parameters (URL-decoded) are present', async () => {
    const ctx = context({ requestParameters: required }, { headers: { 'X-TOKEN': 't' }, query: 'page=%32' });
    expect(await failure(ctx)).toBeUndefined();
  });

  it('treats a blank required parameter as missing', async () => {
    const ctx = context({ requestParameters: required }, { headers: { 'X-Token': '  ' }, query: 'page=' });
    expect((await failure(ctx))?.customMessage).toBe('Missing required request parameters: [X-Token, page]');
  });

  it('refuses a body that breaks its model as BAD_REQUEST_BODY with the validator messages in validationErrorString', async () => {
    const ctx = context({ requestModels: { 'application/json': 'Pet' } }, { headers: { 'Content-Type': 'application/json' }, body: '{"age": -1}' });
    const error = await failure(ctx);
    expect(error?.type).toBe('BAD_REQUEST_BODY');
    expect(error?.customMessage).toBe('Invalid request body');
    expect(ctx.validationErrorString).toContain('object has missing required properties (["name"])');
    // The body is kept for request-mapping: it is read once.
    expect(ctx.requestBody?.toString()).toBe('{"age": -1}');
  });

  it.each([
    ['a valid body', '{"name": "rex", "age": 3}', undefined],
    ['an empty body (validated as {})', undefined, 'BAD_REQUEST_BODY'],
    ['a body that is not JSON', 'name=rex', 'BAD_REQUEST_BODY'],
  ])('checks %s', async (_what, body, expected) => {
    const ctx = context({ requestModels: { 'application/json': 'Pet' } }, { body });
    expect((await failure(ctx))?.type).toBe(expected);
  });

  it('skips the body when no model matches the Content-Type, and never reads it', async () => {
    const ctx = context({ requestModels: { 'application/json': 'Pet' } }, { headers: { 'Content-Type': 'text/plain' }, body: 'anything' });
    expect(await failure(ctx)).toBeUndefined();
  });

  it('checks only what the validator enables', async () => {
    const bodyOnly = context({ requestParameters: required, requestModels: { 'application/json': 'Pet' } }, { body: '{"name":"rex"}' }, { validateRequestBody: true, validateRequestParameters: false });
    expect(await failure(bodyOnly)).toBeUndefined();
    const paramsOnly = context({ requestParameters: required, requestModels: { 'application/json': 'Pet' } }, { headers: { 'X-Token': 't' }, query: 'page=1', body: '{}' }, { validateRequestBody: false, validateRequestParameters: true });
    expect(await failure(paramsOnly)).toBeUndefined();
  });

  it('is a no-op (sync, nothing read) for a method without a validator', () => {
    const ctx = context({ requestValidatorId: undefined, requestParameters: required }, { body: '{}' });
    expect(validateStage(ctx)).toBeUndefined();
    expect(ctx.requestBody).toBeUndefined();
  });
});
