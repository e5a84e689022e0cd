import type { RequestPlan } from '../compile/request-plan';
import { mockStatusCode } from '../integrations/mock-status-code';
import { GatewayError } from '../pipeline/gateway-error';
import type { RequestContext } from '../pipeline/context';
import { mapNonProxyRequest, type MappedRequest } from './non-proxy-request';

/**
 * MOCK: the rendered request template (or the passed-through body) must hold an integer statusCode
 * (AWS-BEHAVIOUR.md §1 "MOCK"). Static templates have it precomputed; nothing is read then.
 */
export function mapMockRequest(ctx: RequestContext, plan: RequestPlan): void | Promise<void> {
  const mapped = mapNonProxyRequest(ctx, plan, 'MOCK', false);
  if ('then' in mapped) return mapped.then((done) => setMockStatus(ctx, done));
  setMockStatus(ctx, mapped);
}

function setMockStatus(ctx: RequestContext, mapped: MappedRequest): void {
  const body = mapped.body;
  const statusCode = mapped.template?.staticStatusCode
    ?? mockStatusCode(body === undefined ? '' : typeof body === 'string' ? body : body.kind === 'text' ? body.text : Buffer.from(body.bytes).toString('utf8'));
  if (statusCode === undefined) {
    throw new GatewayError('API_CONFIGURATION_ERROR', undefined, 'MOCK request template must yield an integer statusCode');
  }
  ctx.integrationRequest = { kind: 'mock', statusCode };
}
