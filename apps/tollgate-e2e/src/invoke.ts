import { request as httpsRequest } from 'node:https';
import { request as httpRequest } from 'node:http';

export interface InvokeResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface InvokeOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** Plain HTTPS request to the data plane with an AWS-style Host header (the certificate is self-signed). */
export function invokeHttps(port: number, host: string, path: string, options: InvokeOptions = {}): Promise<InvokeResult> {
  return send(httpsRequest, { host: '127.0.0.1', port, path, rejectUnauthorized: false, servername: host.split(':')[0] }, host, options);
}

export function invokeHttp(baseUrl: string, path: string, options: InvokeOptions = {}): Promise<InvokeResult> {
  const url = new URL(baseUrl);
  return send(httpRequest, { host: url.hostname, port: Number(url.port), path }, url.host, options);
}

function send(
  requester: typeof httpRequest,
  target: Record<string, unknown>,
  host: string,
  { method = 'GET', headers = {}, body }: InvokeOptions,
): Promise<InvokeResult> {
  return new Promise((resolve, reject) => {
    const req = requester({ ...target, method, headers: { host, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Polls until `accept` holds (publishing is asynchronous: control plane -> queue -> worker -> Redis -> data plane). */
export async function eventually(probe: () => Promise<InvokeResult>, accept: (r: InvokeResult) => boolean, timeoutMs = 20_000): Promise<InvokeResult> {
  const deadline = Date.now() + timeoutMs;
  let last: InvokeResult | undefined;
  while (Date.now() < deadline) {
    last = await probe().catch(() => undefined);
    if (last && accept(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`condition not met within ${timeoutMs} ms; last response: ${JSON.stringify(last)}`);
}
