import { DEFAULT_GATEWAY_RESPONSES, type GatewayHeaderSource, type ResolvedGatewayResponse } from '../../compile/gateway-responses';
import { selectResponseTemplate } from '@tollgate/mapping';
import { renderSubstitution, type SubstitutionPart } from '../../compile/substitution-template';
import { contextVariables } from '../../templates/context-variables';
import { GatewayError } from '../gateway-error';
import type { FlatHeaders, RequestContext } from '../context';
import { addRequestIds, discardEndpointBody } from './response-mapping.stage';

/**
 * The single error exit: turns whatever a stage threw into the snapshot's gateway response for its
 * type (user config, then DEFAULT_4XX/5XX, then AWS's default): status, `gatewayresponse.header.*`
 * mappings, the template chosen by Accept with `$context`/`$stageVariables` substituted, and always
 * `x-amzn-ErrorType` and `x-amzn-RequestId`. Anything that is not a GatewayError is a bug; it is logged
 * and answered as DEFAULT_5XX, never leaked.
 */
export function gatewayResponseStage(ctx: RequestContext, thrown: unknown): void {
  const error = thrown instanceof GatewayError ? thrown : new GatewayError('DEFAULT_5XX', undefined, String((thrown as Error)?.stack ?? thrown));
  if (!(thrown instanceof GatewayError)) ctx.services.logger.error({ requestId: ctx.requestId, err: thrown }, 'unexpected error in pipeline');
  ctx.error = error;
  discardEndpointBody(ctx);
  const table = ctx.stage?.compiled.gatewayResponses ?? DEFAULT_GATEWAY_RESPONSES;
  const resolved = table[error.type];
  const message = error.customMessage ?? resolved.defaultMessage;
  const headers: FlatHeaders = [];
  let contentType = 'application/json';
  let body: string;
  const chosen = resolved.templates ? selectResponseTemplate(resolved.templates, ctx.req.headers.accept) : undefined;
  if (chosen) {
    contentType = chosen.contentType;
    body = renderSubstitution(chosen.template, (part) => variable(ctx, part, message));
  } else {
    body = `{"message":${JSON.stringify(message)}}`;
  }
  mapHeaders(headers, resolved, ctx, message);
  if (!hasHeader(headers, 'content-type')) headers.push('Content-Type', contentType);
  headers.push('x-amzn-ErrorType', resolved.errorType);
  addRequestIds(headers, ctx);
  ctx.response = { statusCode: resolved.statusCode, headers, body };
}

function mapHeaders(headers: FlatHeaders, resolved: ResolvedGatewayResponse, ctx: RequestContext, message: string | null): void {
  for (const { name, source } of resolved.headers) {
    const value = headerValue(ctx, source, message);
    if (value !== undefined && value !== '') headers.push(name, value);
  }
}

function headerValue(ctx: RequestContext, source: GatewayHeaderSource, message: string | null): string | undefined {
  switch (source.kind) {
    case 'static': return source.value;
    case 'stageVariable': return ownValue(ctx.stageVariables, source.name);
    case 'context': return contextText(ctx, source.path, message);
    case 'path': return ownValue(ctx.pathParameters, source.name);
    case 'header': case 'multivalueheader': {
      const values = requestHeader(ctx, source.name);
      return source.kind === 'header' ? values[values.length - 1] : values.join(',');
    }
    default: {
      const values = new URLSearchParams(ctx.rawQuery).getAll(source.name);
      return source.kind === 'querystring' ? values[values.length - 1] : values.join(',');
    }
  }
}

/** Method request header values (case-sensitive name, as AWS-BEHAVIOUR.md §5), from the raw list. */
function requestHeader(ctx: RequestContext, name: string): string[] {
  const raw = ctx.req.rawHeaders;
  const values: string[] = [];
  for (let i = 0; i < raw.length; i += 2) if (raw[i] === name) values.push(raw[i + 1]);
  return values;
}

function variable(ctx: RequestContext, part: Exclude<SubstitutionPart, string>, message: string | null): string {
  if (part.kind === 'stageVariable') return ownValue(ctx.stageVariables, part.name) ?? '';
  return contextText(ctx, part.path, message) ?? '';
}

/** `$context.<path>` as text; `error.*` comes from the error being answered (messageString is JSON-quoted). */
function contextText(ctx: RequestContext, path: readonly string[], message: string | null): string | undefined {
  if (path[0] === 'error' && path.length === 2) {
    switch (path[1]) {
      case 'message': return message ?? '';
      case 'messageString': return JSON.stringify(message);
      case 'responseType': return ctx.error?.type ?? '';
      case 'validationErrorString': return ctx.validationErrorString ?? '';
      default: return undefined;
    }
  }
  let value: unknown = contextVariables(ctx);
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function ownValue(record: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function hasHeader(headers: FlatHeaders, lower: string): boolean {
  for (let i = 0; i < headers.length; i += 2) if (headers[i].toLowerCase() === lower) return true;
  return false;
}
