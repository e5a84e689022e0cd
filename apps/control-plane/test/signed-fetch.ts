import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { TestCredentials } from './sdk-client';

/** Raw SigV4-signed request, for what the SDK cannot send (CSV reports, malformed bodies, odd content types, unknown routes). */
export async function signedFetch(baseUrl: string, credentials: TestCredentials, method: string, path: string, body?: string, contentType?: string): Promise<Response> {
  const url = new URL(path, baseUrl);
  const headers: Record<string, string> = { host: url.host };
  if (contentType) headers['content-type'] = contentType;
  const signer = new SignatureV4({ credentials, region: 'us-east-1', service: 'apigateway', sha256: Sha256 });
  const signed = await signer.sign({ method, protocol: 'http:', hostname: url.hostname, port: Number(url.port), path: url.pathname, query: Object.fromEntries(url.searchParams), headers, body });
  return fetch(url, { method, headers: signed.headers as Record<string, string>, body });
}
