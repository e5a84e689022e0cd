import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AccessKeyCredential } from '@tollgate/persistence';
import { AUTH_MESSAGES, AuthError, AuthErrorCode } from './auth.error';
import { parseAuthorizationHeader } from './authorization-header';
import type { Caller } from './caller';

export const SIGNING_SERVICE = 'apigateway';
const MAX_SKEW_MS = 15 * 60 * 1000;
const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';

/** What the verifier needs from an HTTP request, exactly as it arrived. */
export interface SignedRequest {
  method: string;
  /** Path and query as sent on the wire (still percent-encoded), e.g. `/restapis?limit=5`. */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type CredentialLookup = (accessKeyId: string) => Promise<AccessKeyCredential | null>;

/** `20240102T030405Z` <-> Date. */
export function formatAmzDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function parseAmzDate(value: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return null;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
  return Number.isNaN(date.getTime()) ? null : date;
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/** Decoded query values, as the signer expects them (it re-encodes for the canonical request). */
function parseQuery(search: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(search)) {
    const existing = query[key];
    query[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return query;
}

/**
 * Verifies AWS Signature Version 4 by recomputing the signature with @smithy/signature-v4 from the raw
 * request (only the headers the client signed, the raw body's hash) and comparing in constant time.
 */
export class SigV4Verifier {
  constructor(private readonly lookup: CredentialLookup, private readonly now: () => Date = () => new Date()) {}

  async verify(request: SignedRequest): Promise<Caller> {
    const authorization = headerValue(request.headers, 'authorization');
    if (!authorization) throw new AuthError(AuthErrorCode.MissingToken, AUTH_MESSAGES.missingToken);
    const auth = parseAuthorizationHeader(authorization);

    const amzDate = headerValue(request.headers, 'x-amz-date');
    const signingDate = amzDate ? parseAmzDate(amzDate) : null;
    if (!signingDate || !amzDate) {
      throw new AuthError(AuthErrorCode.MalformedAuthorization, "Authorization header requires existence of a valid 'X-Amz-Date' header.");
    }

    const credential = await this.lookup(auth.accessKeyId);
    if (!credential || !credential.enabled) throw new AuthError(AuthErrorCode.UnknownAccessKey, AUTH_MESSAGES.unknownKey);

    if (auth.service !== SIGNING_SERVICE) {
      throw new AuthError(AuthErrorCode.WrongScope, `Credential should be scoped to correct service: '${SIGNING_SERVICE}'. `);
    }
    this.checkClock(signingDate, amzDate);
    if (auth.date !== amzDate.slice(0, 8)) {
      throw new AuthError(AuthErrorCode.WrongScope, `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${auth.date}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`);
    }

    const expected = await this.computeSignature(request, auth.signedHeaders, auth.region, signingDate, credential);
    const given = Buffer.from(auth.signature, 'utf8');
    const computed = Buffer.from(expected, 'utf8');
    if (given.length !== computed.length || !timingSafeEqual(given, computed)) {
      throw new AuthError(AuthErrorCode.SignatureMismatch, AUTH_MESSAGES.mismatch);
    }
    return { accountId: credential.accountId, region: auth.region, accessKeyId: credential.accessKeyId };
  }

  private checkClock(signingDate: Date, amzDate: string): void {
    const now = this.now();
    const skew = signingDate.getTime() - now.getTime();
    if (skew < -MAX_SKEW_MS) {
      throw new AuthError(
        AuthErrorCode.SignatureExpired,
        `Signature expired: ${amzDate} is now earlier than ${formatAmzDate(new Date(now.getTime() - MAX_SKEW_MS))} (${formatAmzDate(now)} - 15 min.)`,
      );
    }
    if (skew > MAX_SKEW_MS) {
      throw new AuthError(
        AuthErrorCode.SignatureExpired,
        `Signature not yet current: ${amzDate} is still later than ${formatAmzDate(new Date(now.getTime() + MAX_SKEW_MS))} (${formatAmzDate(now)} + 15 min.)`,
      );
    }
  }

  private async computeSignature(
    request: SignedRequest,
    signedHeaders: string[],
    region: string,
    signingDate: Date,
    credential: AccessKeyCredential,
  ): Promise<string> {
    const bodyHash = createHash('sha256').update(request.body).digest('hex');
    const declaredHash = headerValue(request.headers, 'x-amz-content-sha256');
    if (declaredHash !== undefined && declaredHash !== UNSIGNED_PAYLOAD && declaredHash !== bodyHash) {
      throw new AuthError(AuthErrorCode.SignatureMismatch, AUTH_MESSAGES.mismatch);
    }
    const headers: Record<string, string> = {};
    for (const name of signedHeaders) {
      const value = headerValue(request.headers, name);
      if (value !== undefined) headers[name] = value;
    }
    const queryAt = request.url.indexOf('?');
    const signer = new SignatureV4({
      credentials: { accessKeyId: credential.accessKeyId, secretAccessKey: credential.secretAccessKey },
      region,
      service: SIGNING_SERVICE,
      sha256: Sha256,
      // Only what the client signed goes into the canonical request; never add x-amz-content-sha256.
      applyChecksum: false,
    });
    const signed = await signer.sign(
      {
        method: request.method.toUpperCase(),
        protocol: 'https:',
        hostname: headers.host ?? '',
        path: queryAt < 0 ? request.url : request.url.slice(0, queryAt),
        query: queryAt < 0 ? {} : parseQuery(request.url.slice(queryAt + 1)),
        headers,
        body: request.body,
      },
      { signingDate, signableHeaders: new Set(signedHeaders), signingRegion: region },
    );
    const match = /Signature=([0-9a-f]+)/.exec(String(signed.headers.authorization ?? ''));
    return match ? match[1] : '';
  }
}
