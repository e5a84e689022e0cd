import { DEFAULT_GATEWAY_RESPONSES, type ResolvedGatewayResponse } from '../../compile/gateway-responses';
import { GatewayError } from '../gateway-error';
import type { FlatHeaders, RequestContext } from '../context';
import { addRequestIds, discardEndpointBody } from './response-mapping.stage';

/**
 * The single error exit: turns whatever a stage threw into the snapshot's gateway response for its
 * type (user config, then DEFAULT_4XX/5XX, then AWS's default). Anything that is not a GatewayError
 * is a bug; it is logged and answered as DEFAULT_5XX, never leaked.
 */
export function gatewayResponseStage(ctx: RequestContext, thrown: unknown): void {
  const error = thrown instanceof GatewayError ? thrown : new GatewayError('DEFAULT_5XX', undefined, String((thrown as Error)?.stack ?? thrown));
  if (!(thrown instanceof GatewayError)) ctx.services.logger.error({ requestId: ctx.requestId, err: thrown }, 'unexpected error in pipeline');
  ctx.error = error;
  discardEndpointBody(ctx);
  const table = ctx.stage?.compiled.gatewayResponses ?? DEFAULT_GATEWAY_RESPONSES;
  const resolved = table[error.type];
  const message = error.customMessage ?? resolved.defaultMessage;
  const headers: FlatHeaders = resolved.staticHeaders.slice();
  headers.push('Content-Type', 'application/json', 'x-amzn-ErrorType', resolved.errorType);
  addRequestIds(headers, ctx);
  ctx.response = { statusCode: resolved.statusCode, headers, body: renderBody(resolved, message, ctx) };
}

/** Gateway-response templates get simple `$context`/`$stageVariables` substitution, not VTL (AWS docs). */
function renderBody(resolved: ResolvedGatewayResponse, message: string | null, ctx: RequestContext): string {
  const messageString = JSON.stringify(message);
  if (resolved.template === undefined) return `{"message":${messageString}}`;
  return resolved.template.replace(/\$context\.([A-Za-z.]+)|\$stageVariables\.([A-Za-z0-9_]+)/g, (_match, path: string | undefined, variable: string | undefined) => {
    if (variable !== undefined) return ctx.stageVariables[variable] ?? '';
    return contextValue(path ?? '', ctx, message, messageString);
  });
}

function contextValue(path: string, ctx: RequestContext, message: string | null, messageString: string): string {
  switch (path) {
    case 'error.messageString': return messageString;
    case 'error.message': return message ?? '';
    case 'error.responseType': return ctx.error?.type ?? '';
    case 'requestId': return ctx.requestId;
    case 'extendedRequestId': return ctx.extendedRequestId;
    case 'apiId': return ctx.restApiId;
    case 'stage': return ctx.stageName;
    case 'httpMethod': return ctx.httpMethod;
    case 'resourcePath': return ctx.resource?.path ?? '';
    case 'identity.sourceIp': return ctx.sourceIp;
    default: return '';
  }
}
