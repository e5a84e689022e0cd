import { LimitedBody } from '../../http/limited-body';
import { UpstreamError } from '../../integrations/upstream-client';
import { GatewayError } from '../gateway-error';
import type { RequestContext } from '../context';

/** Calls the integration: the upstream for HTTP_PROXY (async), nothing for MOCK (sync, empty body). */
export function integrationStage(ctx: RequestContext): void | Promise<void> {
  const request = ctx.integrationRequest;
  if (!request) throw new GatewayError('API_CONFIGURATION_ERROR', undefined, 'no integration request was built');
  if (request.kind === 'mock') {
    ctx.endpointResponse = { statusCode: request.statusCode, headers: {}, body: '' };
    return;
  }
  return ctx.services.upstream.request(request).then(
    (response) => {
      ctx.endpointResponse = response;
    },
    (error: unknown) => {
      if (request.body instanceof LimitedBody && request.body.exceeded) throw new GatewayError('REQUEST_TOO_LARGE');
      if (error instanceof UpstreamError && error.reason === 'timeout') {
        throw new GatewayError('INTEGRATION_TIMEOUT', undefined, error.message);
      }
      throw new GatewayError('INTEGRATION_FAILURE', undefined, (error as Error).message);
    },
  );
}
