import { type GatewayResponseTypeName, GATEWAY_RESPONSE_TYPES, isGatewayResponseType } from '@tollgate/model';
import { GatewayResponsesError } from './gateway-responses.error';

const fail = GatewayResponsesError.invalid;

/** The `{response_type}` path parameter, refused with AWS's enum-constraint wording. */
export function parseResponseType(value: string): GatewayResponseTypeName {
  if (isGatewayResponseType(value)) return value;
  throw fail(`1 validation error detected: Value '${value}' at 'responseType' failed to satisfy constraint: Member must satisfy enum value set: [${GATEWAY_RESPONSE_TYPES.join(', ')}]`);
}

export function checkStatusCode(value: string): string {
  if (!/^[1-5]\d\d$/.test(value)) throw fail(`Invalid status code specified: ${value}`);
  return value;
}

/** `gatewayresponse.header.X` keys only; values are 'static', method request params, stage variables or context. */
export function checkResponseParameter(key: string, value: string): void {
  if (!/^gatewayresponse\.header\.[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(key)) {
    throw fail(`Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression specified: ${key}]`);
  }
  const source = /^'[^']*'$/.test(value) || /^method\.request\.(header|path|querystring|multivalueheader|multivaluequerystring)\.[^.\s]+$/.test(value) || /^(stageVariables|context)\.[A-Za-z0-9_.$-]+$/.test(value);
  if (!source) {
    throw fail(`Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: ${value}]`);
  }
}

export function checkTemplate(contentType: string, template: string): void {
  if (contentType.trim() === '' || contentType.includes('\u0000') || template.includes('\u0000')) throw fail(`Invalid response template specified for content type '${contentType}'`);
}
