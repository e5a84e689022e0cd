import { performance } from 'node:perf_hooks';
import type { RequestContext } from '../context';

/**
 * After the response is written (never awaited on the response path): the access log line. Metrics
 * hooks go here too.
 */
export function observeStage(ctx: RequestContext): void {
  const { logger } = ctx.services;
  if (!logger.isLevelEnabled('info')) return;
  logger.info({
    requestId: ctx.requestId,
    ip: ctx.sourceIp,
    httpMethod: ctx.httpMethod,
    apiId: ctx.restApiId,
    stage: ctx.stageName,
    path: ctx.rawPath,
    resourcePath: ctx.resource?.path,
    status: ctx.res.statusCode,
    errorType: ctx.error?.type,
    errorDetail: ctx.error?.detail,
    latencyMs: Math.round((performance.now() - ctx.startedAt) * 100) / 100,
  }, 'request');
}
