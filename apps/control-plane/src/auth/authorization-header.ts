import { AuthError, AuthErrorCode } from './auth.error';

export const SIGV4_ALGORITHM = 'AWS4-HMAC-SHA256';

export interface ParsedAuthorization {
  accessKeyId: string;
  /** yyyymmdd */
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

/** Parses `AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/apigateway/aws4_request, SignedHeaders=a;b, Signature=hex`. */
export function parseAuthorizationHeader(header: string): ParsedAuthorization {
  const trimmed = header.trim();
  const space = trimmed.indexOf(' ');
  const algorithm = space < 0 ? trimmed : trimmed.slice(0, space);
  if (algorithm !== SIGV4_ALGORITHM) {
    throw new AuthError(AuthErrorCode.MalformedAuthorization, `Authorization header requires '${SIGV4_ALGORITHM}' as the signing algorithm. Authorization=${algorithm}`);
  }
  const params = new Map<string, string>();
  for (const part of trimmed.slice(space + 1).split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) params.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const missing = ['Credential', 'Signature', 'SignedHeaders'].filter((name) => !params.get(name));
  if (missing.length > 0) {
    throw new AuthError(
      AuthErrorCode.MalformedAuthorization,
      `${missing.map((name) => `Authorization header requires '${name}' parameter.`).join(' ')} Authorization=${trimmed}`,
    );
  }
  const scope = params.get('Credential')!.split('/');
  if (scope.length !== 5 || scope[4] !== 'aws4_request' || !/^\d{8}$/.test(scope[1]) || !scope[0] || !scope[2] || !scope[3]) {
    throw new AuthError(
      AuthErrorCode.MalformedAuthorization,
      `Credential should be scoped to a valid region, and contain an access key id, a yyyyMMdd date, a service and the terminator 'aws4_request'. Credential=${params.get('Credential')}`,
    );
  }
  return {
    accessKeyId: scope[0],
    date: scope[1],
    region: scope[2],
    service: scope[3],
    signedHeaders: params.get('SignedHeaders')!.split(';').map((h) => h.trim().toLowerCase()).filter(Boolean),
    signature: params.get('Signature')!.toLowerCase(),
  };
}
