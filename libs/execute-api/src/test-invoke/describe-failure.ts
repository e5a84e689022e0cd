import type { RequestContext } from '../pipeline/context';
import type { GatewayError } from '../pipeline/gateway-error';

/** The log lines AWS writes before an error's gateway response, by what went wrong. */
export function describeFailure(ctx: RequestContext, error: GatewayError): string[] {
  const reason = error.detail ?? error.customMessage ?? error.type;
  switch (error.type) {
    case 'INTEGRATION_TIMEOUT':
      return ['Execution failed due to a timeout error'];
    case 'INTEGRATION_FAILURE':
      return [`Execution failed due to configuration error: ${reason}`];
    case 'BAD_REQUEST_BODY': {
      const contentType = ctx.req.headers['content-type'] ?? 'application/json';
      return [`Request body does not match model schema for content type ${contentType}: ${ctx.validationErrorString ?? reason}`, 'Request validation failed'];
    }
    case 'BAD_REQUEST_PARAMETERS':
      return [`Request validation failed: ${error.customMessage ?? reason}`];
    case 'UNSUPPORTED_MEDIA_TYPE':
      return [`Execution failed: no request template matches the content type and passthrough is not allowed (${reason})`];
    default:
      return error.type.startsWith('DEFAULT_5') || error.type.endsWith('_ERROR') || error.type === 'AUTHORIZER_FAILURE'
        ? [`Execution failed due to configuration error: ${reason}`]
        : [`Execution failed: ${reason}`];
  }
}
