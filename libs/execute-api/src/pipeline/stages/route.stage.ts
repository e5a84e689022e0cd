import { matchRoute } from '@tollgate/routing';
import type { ServedStage } from '@tollgate/snapshot-store';
import type { CompiledSnapshot } from '../../compile/compiled-snapshot';
import { GatewayError } from '../gateway-error';
import type { RequestContext } from '../context';

/**
 * Finds the stage (memory; one awaited Redis read only for a stage never seen) and the resource and
 * method. Unknown API, stage, path or method are all MISSING_AUTHENTICATION_TOKEN, as on AWS.
 */
export function routeStage(ctx: RequestContext): void | Promise<void> {
  const served = ctx.services.store.getStage(ctx.restApiId, ctx.stageName);
  if (served) {
    bindRoute(ctx, served);
    return;
  }
  return ctx.services.store.resolve(ctx.restApiId, ctx.stageName).then((resolved) => {
    if (!resolved) throw new GatewayError('MISSING_AUTHENTICATION_TOKEN', undefined, 'unknown API or stage');
    bindRoute(ctx, resolved);
  });
}

function bindRoute(ctx: RequestContext, stage: ServedStage<CompiledSnapshot>): void {
  let served = stage;
  // Canary: percentTraffic of the requests run on the canary deployment with its variables (§0).
  if (stage.canary !== undefined && Math.random() * 100 < (stage.stageRecord.canarySettings?.percentTraffic ?? 0)) {
    served = stage.canary;
    ctx.isCanaryRequest = true;
  }
  ctx.stage = served;
  ctx.stageVariables = served.stageRecord.variables;
  const match = matchRoute(served.routes, ctx.httpMethod, ctx.rawPath);
  if (!match) throw new GatewayError('MISSING_AUTHENTICATION_TOKEN', undefined, 'no resource or method matches');
  ctx.resource = match.resource;
  ctx.method = match.method;
  ctx.pathParameters = match.pathParameters;
  ctx.compiledMethod = served.compiled.methods.get(match.method);
}
