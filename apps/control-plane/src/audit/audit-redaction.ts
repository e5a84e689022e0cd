/** What CloudTrail writes in place of a secret. */
export const REDACTED = 'HIDDEN_DUE_TO_SECURITY_REASONS';
/** Bodies larger than this (OpenAPI imports, big templates) are summarised, not stored. */
export const MAX_STORED_BODY_BYTES = 16 * 1024;

/** Field names that hold secrets wherever they appear (TestInvoke* calls carry request headers too). */
const SECRET_FIELD = /private.?key|secret|password|passphrase|token|^authorization$|^x-api-key$|^cookie$/i;

/**
 * The request's parameters as they are kept in the audit trail: path and query parameters plus the JSON
 * body's fields, with secrets replaced. `value` is secret on API keys only (elsewhere it is a patch value);
 * a body that is not a JSON object (CSV key imports, raw documents) is never stored.
 */
export function auditRequestParameters(input: {
  path: string;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  rawBodyBytes: number;
}): Record<string, unknown> | null {
  const parameters: Record<string, unknown> = { ...input.params, ...input.query };
  if (input.rawBodyBytes > MAX_STORED_BODY_BYTES) {
    parameters.bodyOmitted = `${input.rawBodyBytes} bytes`;
  } else if (isObject(input.body)) {
    Object.assign(parameters, input.body);
  } else if (input.rawBodyBytes > 0) {
    parameters.bodyOmitted = `${input.rawBodyBytes} bytes (not a JSON object)`;
  }
  const apiKeyCall = input.path.startsWith('/apikeys');
  const redacted = redact(parameters, apiKeyCall) as Record<string, unknown>;
  return Object.keys(redacted).length > 0 ? redacted : null;
}

function redact(value: unknown, apiKeyCall: boolean, depth = 0): unknown {
  if (depth > 20) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redact(item, apiKeyCall, depth + 1));
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const secret = SECRET_FIELD.test(key) || (apiKeyCall && depth === 0 && key === 'value');
    out[key] = secret ? REDACTED : redact(child, apiKeyCall, depth + 1);
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
