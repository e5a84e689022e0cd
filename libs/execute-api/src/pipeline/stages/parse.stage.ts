import { GatewayError } from '../gateway-error';
import type { RequestContext } from '../context';

const EXECUTE_API = '.execute-api.';
const PATH_PREFIX = '/restapis/';
const USER_REQUEST = '/_user_request_';
/** API ids are short alphanumerics (custom ids may add - and _); anything else cannot name an API. */
const API_ID = /^[a-z0-9_-]{1,64}$/;
/** AWS stage names: letters, digits, - and _. */
const STAGE_NAME = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * Works out API id, stage and raw path from the request (ARCHITECTURE.md "Invoking a stage"):
 * host-based `{restApiId}.execute-api.{anything}` + `/{stage}/{path}`, or path-based
 * `/restapis/{restApiId}/{stage}/_user_request_/{path}`. Paths stay raw (not URL-decoded).
 */
export function parseStage(ctx: RequestContext): void {
  const { req } = ctx;
  const url = req.url ?? '/';
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  ctx.rawQuery = queryAt === -1 ? '' : url.slice(queryAt + 1);
  ctx.httpMethod = req.method ?? 'GET';
  const host = req.headers.host ?? '';
  ctx.domainName = host;
  ctx.sourceIp = req.socket.remoteAddress ?? '';
  ctx.identity.sourceIp = ctx.sourceIp;
  ctx.identity.userAgent = req.headers['user-agent'];

  const marker = host.indexOf(EXECUTE_API);
  if (marker > 0) {
    ctx.restApiId = host.slice(0, marker).toLowerCase();
    parseStageAndPath(ctx, path, 0);
  } else if (path.startsWith(PATH_PREFIX)) {
    parsePathStyle(ctx, path);
  } else {
    throw new GatewayError('MISSING_AUTHENTICATION_TOKEN', undefined, 'no API id in Host or path');
  }
  // Checked here so malformed names never reach the store (or Redis, or its negative cache).
  if (!API_ID.test(ctx.restApiId) || !STAGE_NAME.test(ctx.stageName)) {
    throw new GatewayError('MISSING_AUTHENTICATION_TOKEN', undefined, 'malformed API id or stage name');
  }
}

/** `/{stage}/{rest}` from `from`; slashes doubled before the stage are ignored, like AWS. */
function parseStageAndPath(ctx: RequestContext, path: string, from: number): void {
  let start = from;
  while (start < path.length && path.charCodeAt(start) === 47) start++;
  const slash = path.indexOf('/', start);
  const stageName = slash === -1 ? path.slice(start) : path.slice(start, slash);
  if (stageName === '') throw new GatewayError('MISSING_AUTHENTICATION_TOKEN', undefined, 'no stage in path');
  ctx.stageName = stageName;
  ctx.rawPath = slash === -1 ? '/' : path.slice(slash);
}

function parsePathStyle(ctx: RequestContext, path: string): void {
  const idEnd = path.indexOf('/', PATH_PREFIX.length);
  const marker = idEnd === -1 ? -1 : path.indexOf(USER_REQUEST, idEnd);
  const afterMarker = marker + USER_REQUEST.length;
  if (marker === -1 || (afterMarker < path.length && path.charCodeAt(afterMarker) !== 47)) {
    throw new GatewayError('MISSING_AUTHENTICATION_TOKEN', undefined, 'path-style URL without /_user_request_');
  }
  const stageName = path.slice(idEnd + 1, marker);
  if (idEnd === PATH_PREFIX.length || stageName === '' || stageName.includes('/')) {
    throw new GatewayError('MISSING_AUTHENTICATION_TOKEN', undefined, 'path-style URL without API id or stage');
  }
  ctx.restApiId = path.slice(PATH_PREFIX.length, idEnd).toLowerCase();
  ctx.stageName = stageName;
  ctx.rawPath = afterMarker >= path.length ? '/' : path.slice(afterMarker);
}
