import { createHash } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AccessKeyCredential } from '@tollgate/persistence';
import { AuthError } from './auth.error';
import { type SignedRequest, SigV4Verifier } from './sigv4-verifier';

const NOW = new Date('2026-03-04T05:06:07Z');
const credentials: Record<string, AccessKeyCredential> = {
  AKIDGOOD: { accessKeyId: 'AKIDGOOD', secretAccessKey: 'secret-good', accountId: '111122223333', enabled: true },
  AKIDOFF: { accessKeyId: 'AKIDOFF', secretAccessKey: 'secret-off', accountId: '111122223333', enabled: false },
};
const verifier = new SigV4Verifier(async (id) => credentials[id] ?? null, () => NOW);

interface SignOptions {
  method?: string;
  path?: string;
  query?: Record<string, string>;
  body?: string;
  secret?: string;
  accessKeyId?: string;
  service?: string;
  region?: string;
  date?: Date;
  extraHeaders?: Record<string, string>;
}

/** Signs like the AWS SDK does and returns the request as the server would receive it. */
async function signedRequest(options: SignOptions = {}): Promise<SignedRequest> {
  const body = options.body ?? '';
  const signer = new SignatureV4({
    credentials: { accessKeyId: options.accessKeyId ?? 'AKIDGOOD', secretAccessKey: options.secret ?? 'secret-good' },
    region: options.region ?? 'eu-west-1',
    service: options.service ?? 'apigateway',
    sha256: Sha256,
  });
  const path = options.path ?? '/restapis';
  const signed = await signer.sign(
    {
      method: options.method ?? 'GET',
      protocol: 'http:',
      hostname: 'localhost',
      port: 4566,
      path,
      query: options.query ?? {},
      headers: { host: 'localhost:4566', 'content-type': 'application/json', ...options.extraHeaders },
      body: body || undefined,
    },
    { signingDate: options.date ?? NOW },
  );
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(signed.headers)) headers[k.toLowerCase()] = String(v);
  const search = new URLSearchParams(options.query ?? {}).toString().replace(/\+/g, '%20');
  return { method: signed.method, url: search ? `${path}?${search}` : path, headers, body: Buffer.from(body) };
}

async function failure(request: SignedRequest): Promise<{ type: string; message: string }> {
  try {
    await verifier.verify(request);
  } catch (error) {
    if (error instanceof AuthError) return { type: error.errorType, message: error.message };
    throw error;
  }
  throw new Error('expected verification to fail');
}

describe('SigV4Verifier', () => {
  it('accepts a correctly signed GET with a query and returns the caller', async () => {
    const request = await signedRequest({ query: { limit: '5', position: 'a b/c' } });
    await expect(verifier.verify(request)).resolves.toEqual({ accountId: '111122223333', region: 'eu-west-1', accessKeyId: 'AKIDGOOD' });
  });

  it('accepts a signed POST with a JSON body and an encoded path', async () => {
    const request = await signedRequest({ method: 'POST', path: '/restapis/abc/resources/x%7By%7D', body: '{"name":"é"}' });
    await expect(verifier.verify(request)).resolves.toMatchObject({ accountId: '111122223333' });
  });

  it('accepts a signed x-amz-content-sha256 header that matches the body', async () => {
    const body = '{"a":1}';
    const hash = createHash('sha256').update(body).digest('hex');
    const request = await signedRequest({ method: 'POST', body, extraHeaders: { 'x-amz-content-sha256': hash } });
    await expect(verifier.verify(request)).resolves.toMatchObject({ region: 'eu-west-1' });
  });

  it('rejects a missing Authorization header', async () => {
    const request = await signedRequest();
    delete request.headers.authorization;
    expect(await failure(request)).toEqual({ type: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' });
  });

  it('rejects unknown and disabled access keys', async () => {
    const unknown = await signedRequest({ accessKeyId: 'AKIDNOPE' });
    const disabled = await signedRequest({ accessKeyId: 'AKIDOFF', secret: 'secret-off' });
    for (const request of [unknown, disabled]) {
      expect(await failure(request)).toEqual({
        type: 'UnrecognizedClientException',
        message: 'The security token included in the request is invalid.',
      });
    }
  });

  it('rejects a wrong secret, a tampered body, a tampered query and a tampered signed header', async () => {
    const wrongSecret = await signedRequest({ secret: 'nope' });
    const body = await signedRequest({ method: 'POST', body: '{"name":"a"}' });
    body.body = Buffer.from('{"name":"b"}');
    const query = await signedRequest({ query: { limit: '5' } });
    query.url = '/restapis?limit=6';
    const header = await signedRequest();
    header.headers.host = 'evil:4566';
    for (const request of [wrongSecret, body, query, header]) {
      const { type, message } = await failure(request);
      expect(type).toBe('InvalidSignatureException');
      expect(message).toBe(
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
      );
    }
  });

  it('rejects signatures more than 15 minutes old or ahead', async () => {
    const old = await signedRequest({ date: new Date(NOW.getTime() - 16 * 60_000) });
    expect(await failure(old)).toEqual({
      type: 'InvalidSignatureException',
      message: 'Signature expired: 20260304T045007Z is now earlier than 20260304T045107Z (20260304T050607Z - 15 min.)',
    });
    const ahead = await signedRequest({ date: new Date(NOW.getTime() + 16 * 60_000) });
    expect((await failure(ahead)).message).toMatch(/^Signature not yet current: 20260304T052207Z is still later than/);
    const slightlyOld = await signedRequest({ date: new Date(NOW.getTime() - 14 * 60_000) });
    await expect(verifier.verify(slightlyOld)).resolves.toMatchObject({ accountId: '111122223333' });
  });

  it('rejects a credential scoped to another service', async () => {
    expect(await failure(await signedRequest({ service: 'lambda' }))).toEqual({
      type: 'InvalidSignatureException',
      message: "Credential should be scoped to correct service: 'apigateway'. ",
    });
  });

  it('rejects malformed Authorization headers as IncompleteSignatureException', async () => {
    const request = await signedRequest();
    request.headers.authorization = 'AWS4-HMAC-SHA256 Credential=AKIDGOOD/20260304/eu-west-1/apigateway/aws4_request';
    const { type, message } = await failure(request);
    expect(type).toBe('IncompleteSignatureException');
    expect(message).toContain("Authorization header requires 'Signature' parameter.");
    request.headers.authorization = 'Bearer abc';
    expect((await failure(request)).type).toBe('IncompleteSignatureException');
  });
});
