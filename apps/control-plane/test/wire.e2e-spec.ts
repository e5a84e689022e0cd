import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { DEFAULT_TEST_CREDENTIALS, type RunningControlPlane, signedFetch, startControlPlane } from './harness';

describe('wire protocol', () => {
  let cp: RunningControlPlane;
  beforeAll(async () => {
    cp = await startControlPlane();
  });
  afterAll(() => cp.close());

  it('answers malformed JSON with 400 BadRequestException and a clear message', async () => {
    const response = await signedFetch(cp.url, DEFAULT_TEST_CREDENTIALS, 'POST', '/restapis', '{"name": ', 'application/json');
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('BadRequestException');
    expect(((await response.json()) as { message: string }).message).toMatch(/^Could not parse request body into json: /);
  });

  it('accepts JSON under any Content-Type (or none)', async () => {
    for (const contentType of ['application/x-amz-json-1.1', 'text/plain', undefined]) {
      const response = await signedFetch(cp.url, DEFAULT_TEST_CREDENTIALS, 'POST', '/restapis', JSON.stringify({ name: `ct-${contentType}` }), contentType);
      expect(response.status).toBe(201);
      const body = (await response.json()) as { name: string; createdDate: unknown };
      expect(body.name).toBe(`ct-${contentType}`);
      expect(typeof body.createdDate).toBe('number');
      expect(Number.isInteger(body.createdDate)).toBe(true);
    }
  });

  it('rejects a JSON body that is not an object', async () => {
    const response = await signedFetch(cp.url, DEFAULT_TEST_CREDENTIALS, 'POST', '/restapis', '[1,2]', 'application/json');
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('BadRequestException');
  });

  it('answers unknown routes with 404 UnknownOperationException', async () => {
    const response = await signedFetch(cp.url, DEFAULT_TEST_CREDENTIALS, 'GET', '/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
  });

  it('lists as {"item": [...]} and accepts the limit query', async () => {
    const response = await signedFetch(cp.url, DEFAULT_TEST_CREDENTIALS, 'GET', '/restapis?limit=1');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { item: unknown[] };
    expect(Array.isArray(body.item)).toBe(true);
    expect(body.item.length).toBeLessThanOrEqual(1);
  });

  it('rejects a request signed too long ago', async () => {
    const url = new URL('/restapis', cp.url);
    const signer = new SignatureV4({ credentials: DEFAULT_TEST_CREDENTIALS, region: 'us-east-1', service: 'apigateway', sha256: Sha256 });
    const signed = await signer.sign(
      { method: 'GET', protocol: 'http:', hostname: url.hostname, port: Number(url.port), path: url.pathname, query: {}, headers: { host: url.host } },
      { signingDate: new Date(Date.now() - 20 * 60_000) },
    );
    const response = await fetch(url, { headers: signed.headers as Record<string, string> });
    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-errortype')).toBe('InvalidSignatureException');
    expect(((await response.json()) as { message: string }).message).toMatch(/^Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 15 min\.\)$/);
  });

  it('answers a body over CP_MAX_BODY_BYTES with 413 before reading it as JSON', async () => {
    const small = await startControlPlane({ config: { http: { host: '127.0.0.1', port: 0, maxBodyBytes: 1024 } } });
    try {
      const response = await signedFetch(small.url, DEFAULT_TEST_CREDENTIALS, 'POST', '/restapis', JSON.stringify({ name: 'x'.repeat(2000) }), 'application/json');
      expect(response.status).toBe(413);
      expect(response.headers.get('x-amzn-errortype')).toBe('RequestEntityTooLargeException');
    } finally {
      await small.close();
    }
  });

  it('answers NUL characters in ids and bodies with 400, not 500', async () => {
    const inPath = await signedFetch(cp.url, DEFAULT_TEST_CREDENTIALS, 'GET', '/restapis/ab%00cd');
    expect(inPath.status).toBe(400);
    expect(inPath.headers.get('x-amzn-errortype')).toBe('BadRequestException');
    const inBody = await signedFetch(cp.url, DEFAULT_TEST_CREDENTIALS, 'POST', '/restapis', JSON.stringify({ name: 'a\u0000b' }), 'application/json');
    expect(inBody.status).toBe(400);
    expect(inBody.headers.get('x-amzn-errortype')).toBe('BadRequestException');
  });
});
