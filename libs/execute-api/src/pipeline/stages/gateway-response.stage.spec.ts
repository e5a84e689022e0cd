import { Readable } from 'node:stream';
import { buildSnapshot } from '@tollgate/testing';
import { newContext, routedContext } from '../../context.fixture';
import type { FlatHeaders } from '../context';
import { GatewayError } from '../gateway-error';
import { gatewayResponseStage } from './gateway-response.stage';

function header(headers: FlatHeaders, name: string): string | undefined {
  const at = headers.findIndex((value, i) => i % 2 === 0 && value.toLowerCase() === name.toLowerCase());
  return at === -1 ? undefined : headers[at + 1];
}

describe('gateway-response stage', () => {
  it.each([
    ['MISSING_AUTHENTICATION_TOKEN', 403, '{"message":"Missing Authentication Token"}', 'MissingAuthenticationTokenException'],
    ['INTEGRATION_TIMEOUT', 504, '{"message":"Endpoint request timed out"}', 'InternalServerErrorException'],
    ['INTEGRATION_FAILURE', 500, '{"message":"Internal server error"}', 'InternalServerErrorException'],
    ['AUTHORIZER_CONFIGURATION_ERROR', 500, '{"message":null}', 'AuthorizerConfigurationException'],
    ['THROTTLED', 429, '{"message":"Too Many Requests"}', 'TooManyRequestsException'],
  ] as const)('renders the AWS default for %s without a snapshot', (type, status, body, errorType) => {
    const ctx = newContext();
    gatewayResponseStage(ctx, new GatewayError(type));
    expect(ctx.response?.statusCode).toBe(status);
    expect(ctx.response?.body).toBe(body);
    expect(header(ctx.response!.headers, 'content-type')).toBe('application/json');
    expect(header(ctx.response!.headers, 'x-amzn-ErrorType')).toBe(errorType);
    expect(header(ctx.response!.headers, 'x-amzn-RequestId')).toBe(ctx.requestId);
    expect(ctx.error?.type).toBe(type);
  });

  it("uses the snapshot's response for the type, then its DEFAULT_4XX, then the built-in default", () => {
    const snapshot = buildSnapshot({
      gatewayResponses: {
        THROTTLED: { responseType: 'THROTTLED', statusCode: '503', responseParameters: { 'gatewayresponse.header.Retry-After': "'1'" }, responseTemplates: { 'application/json': '{"err":$context.error.messageString,"id":"$context.requestId"}' } },
        DEFAULT_4XX: { responseType: 'DEFAULT_4XX', statusCode: '400', responseParameters: {}, responseTemplates: { 'application/json': '{"custom4xx":"$context.error.responseType"}' } },
      },
    });
    const throttled = routedContext(snapshot);
    gatewayResponseStage(throttled, new GatewayError('THROTTLED'));
    expect(throttled.response?.statusCode).toBe(503);
    expect(throttled.response?.body).toBe(`{"err":"Too Many Requests","id":"${throttled.requestId}"}`);
    expect(header(throttled.response!.headers, 'Retry-After')).toBe('1');

    const missing = routedContext(snapshot);
    gatewayResponseStage(missing, new GatewayError('MISSING_AUTHENTICATION_TOKEN'));
    expect(missing.response?.statusCode).toBe(400);
    expect(missing.response?.body).toBe('{"custom4xx":"MISSING_AUTHENTICATION_TOKEN"}');

    const timeout = routedContext(snapshot);
    gatewayResponseStage(timeout, new GatewayError('INTEGRATION_TIMEOUT'));
    expect(timeout.response?.statusCode).toBe(504);
    expect(timeout.response?.body).toBe('{"message":"Endpoint request timed out"}');
  });

  it('turns an unexpected error into DEFAULT_5XX without leaking it', () => {
    const ctx = newContext();
    gatewayResponseStage(ctx, new TypeError('secret internals'));
    expect(ctx.response?.statusCode).toBe(500);
    expect(ctx.response?.body).toBe('{"message":"Internal server error"}');
  });

  it('releases an upstream body that will not be sent', () => {
    const ctx = newContext();
    const body = Readable.from(['x']);
    ctx.endpointResponse = { statusCode: 200, headers: {}, body };
    gatewayResponseStage(ctx, new GatewayError('API_CONFIGURATION_ERROR'));
    expect(body.destroyed).toBe(true);
  });
});
