import { mapHttpProxyRequest } from '../../request/http-proxy-request';
import { mapHttpRequest } from '../../request/http-request';
import { mapMockRequest } from '../../request/mock-request';
import { GatewayError } from '../gateway-error';
import type { RequestContext } from '../context';

/**
 * Builds the integration request from the precompiled plan: HTTP_PROXY passthrough, non-proxy HTTP
 * (templates, parameter mappings, overrides) or MOCK's status code. Async only when it reads the body.
 */
export function requestMappingStage(ctx: RequestContext): void | Promise<void> {
  const plan = ctx.compiledMethod;
  if (!plan || plan.kind === 'UNAVAILABLE') {
    throw new GatewayError('API_CONFIGURATION_ERROR', undefined, plan?.reason ?? 'method was not compiled');
  }
  switch (plan.kind) {
    case 'HTTP_PROXY': return mapHttpProxyRequest(ctx, plan);
    case 'HTTP': return mapHttpRequest(ctx, plan);
    case 'MOCK': return mapMockRequest(ctx, plan.request);
  }
}
