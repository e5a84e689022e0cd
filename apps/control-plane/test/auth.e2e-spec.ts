import { CreateRestApiCommand, GetRestApisCommand } from '@aws-sdk/client-api-gateway';
import { createTestAccount, type RunningControlPlane, sdkClient, startControlPlane } from './harness';

describe('SigV4 authentication (real SDK)', () => {
  let cp: RunningControlPlane;
  beforeAll(async () => {
    cp = await startControlPlane();
  });
  afterAll(() => cp.close());

  it('accepts the default account test/test', async () => {
    const client = sdkClient(cp.url);
    const api = await client.send(new CreateRestApiCommand({ name: 'default-account' }));
    expect(api.id).toMatch(/^[a-z0-9]{10}$/);
    expect(api.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    client.destroy();
  });

  it('accepts a created account and signs in other regions', async () => {
    const account = await createTestAccount(cp.dataSource);
    const client = sdkClient(cp.url, account, 'eu-central-1');
    const list = await client.send(new GetRestApisCommand({}));
    expect(list.items).toEqual([]);
    client.destroy();
  });

  it('rejects a wrong secret with InvalidSignatureException (403)', async () => {
    const account = await createTestAccount(cp.dataSource);
    const client = sdkClient(cp.url, { accessKeyId: account.accessKeyId, secretAccessKey: 'wrong' });
    const error = await client.send(new GetRestApisCommand({})).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'InvalidSignatureException',
      message: expect.stringContaining('The request signature we calculated does not match the signature you provided.'),
      $metadata: expect.objectContaining({ httpStatusCode: 403 }),
    });
    client.destroy();
  });

  it('rejects an unknown access key with UnrecognizedClientException (403)', async () => {
    const client = sdkClient(cp.url, { accessKeyId: 'AKIAUNKNOWNUNKNOWN00', secretAccessKey: 'x' });
    const error = await client.send(new GetRestApisCommand({})).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'UnrecognizedClientException',
      message: 'The security token included in the request is invalid.',
      $metadata: expect.objectContaining({ httpStatusCode: 403 }),
    });
    client.destroy();
  });

  it('rejects a disabled key as unrecognized', async () => {
    const account = await createTestAccount(cp.dataSource);
    await cp.dataSource.query('UPDATE access_keys SET enabled = false WHERE access_key_id = $1', [account.accessKeyId]);
    const client = sdkClient(cp.url, account);
    await expect(client.send(new GetRestApisCommand({}))).rejects.toMatchObject({ name: 'UnrecognizedClientException' });
    client.destroy();
  });

  it('answers an unsigned request with 403 MissingAuthenticationTokenException', async () => {
    const response = await fetch(`${cp.url}/restapis`);
    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
    expect(await response.json()).toEqual({ message: 'Missing Authentication Token' });
  });

  it('answers an unsigned request with a malformed JSON body with 403, not 400 (auth first)', async () => {
    const response = await fetch(`${cp.url}/restapis`, { method: 'POST', body: '{oops' });
    expect(response.status).toBe(403);
  });
});
