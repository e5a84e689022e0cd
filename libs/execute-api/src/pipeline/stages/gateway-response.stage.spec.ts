import { Readable } from 'node:stream';
import { buildMethod, buildResource, buildSnapshot } from '@tollgate/testing';
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

  // AWS-BEHAVIOUR.md §2, the gateway response table (runtime status, default body, x-amzn-ErrorType).
  it.each([
    ['ACCESS_DENIED', 403, 'User is not authorized to access this resource', 'AccessDeniedException'],
    ['API_CONFIGURATION_ERROR', 500, 'Internal server error', 'InternalServerErrorException'],
    ['AUTHORIZER_CONFIGURATION_ERROR', 500, null, 'AuthorizerConfigurationException'],
    ['AUTHORIZER_FAILURE', 500, null, 'AuthorizerFailureException'],
    ['BAD_REQUEST_PARAMETERS', 400, 'Bad request parameters', 'BadRequestException'],
    ['BAD_REQUEST_BODY', 400, 'Invalid request body', 'BadRequestException'],
    ['DEFAULT_4XX', 400, 'Bad request', 'BadRequestException'],
    ['DEFAULT_5XX', 500, 'Internal server error', 'InternalServerErrorException'],
    ['EXPIRED_TOKEN', 403, 'The security token included in the request is expired', 'ExpiredTokenException'],
    ['INTEGRATION_FAILURE', 500, 'Internal server error', 'InternalServerErrorException'],
    ['INTEGRATION_TIMEOUT', 504, 'Endpoint request timed out', 'InternalServerErrorException'],
    ['INVALID_API_KEY', 403, 'Forbidden', 'ForbiddenException'],
    ['INVALID_SIGNATURE', 403, 'The request signature we calculated does not match the signature you provided.', 'InvalidSignatureException'],
    ['MISSING_AUTHENTICATION_TOKEN', 403, 'Missing Authentication Token', 'MissingAuthenticationTokenException'],
    ['QUOTA_EXCEEDED', 429, 'Limit Exceeded', 'LimitExceededException'],
    ['REQUEST_TOO_LARGE', 413, 'Request Too Long', 'RequestTooLargeException'],
    ['RESOURCE_NOT_FOUND', 404, 'Not Found', 'ResourceNotFoundException'],
    ['THROTTLED', 429, 'Too Many Requests', 'TooManyRequestsException'],
    ['UNAUTHORIZED', 401, 'Unauthorized', 'UnauthorizedException'],
    ['UNSUPPORTED_MEDIA_TYPE', 415, 'Unsupported Media Type', 'BadRequestException'],
    ['WAF_FILTERED', 403, 'Forbidden', 'WafFilteredException'],
  ] as const)('answers %s with %i, its default message and error type', (type, status, message, errorType) => {
    const ctx = routedContext();
    gatewayResponseStage(ctx, new GatewayError(type));
    expect(ctx.response?.statusCode).toBe(status);
    expect(JSON.parse(ctx.response!.body as string)).toEqual({ message });
    expect(header(ctx.response!.headers, 'x-amzn-ErrorType')).toBe(errorType);
    expect(header(ctx.response!.headers, 'x-amz-apigw-id')).toBe(ctx.extendedRequestId);
    expect(header(ctx.response!.headers, 'X-Amzn-Trace-Id')).toBeUndefined();
  });

  it('keeps a custom status on DEFAULT_4XX for every 4xx type without its own response, not for 5xx types', () => {
    const snapshot = buildSnapshot({ gatewayResponses: { DEFAULT_4XX: { responseType: 'DEFAULT_4XX', statusCode: '418', responseParameters: {}, responseTemplates: {} } } });
    const throttled = routedContext(snapshot);
    gatewayResponseStage(throttled, new GatewayError('THROTTLED'));
    expect(throttled.response?.statusCode).toBe(418);
    expect(JSON.parse(throttled.response!.body as string)).toEqual({ message: 'Too Many Requests' });
    expect(header(throttled.response!.headers, 'x-amzn-ErrorType')).toBe('TooManyRequestsException');
    const failure = routedContext(snapshot);
    gatewayResponseStage(failure, new GatewayError('INTEGRATION_FAILURE'));
    expect(failure.response?.statusCode).toBe(500);
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

  describe('customised responses', () => {
    const snapshot = buildSnapshot({
      resources: [buildResource('/items/{id}', { GET: buildMethod() })],
      gatewayResponses: {
        DEFAULT_4XX: {
          responseType: 'DEFAULT_4XX',
          responseParameters: {
            'gatewayresponse.header.Access-Control-Allow-Origin': "'*'",
            'gatewayresponse.header.X-Echo-Origin': 'method.request.header.Origin',
            'gatewayresponse.header.X-Item': 'method.request.path.id',
            'gatewayresponse.header.X-Query': 'method.request.querystring.q',
            'gatewayresponse.header.X-Queries': 'method.request.multivaluequerystring.q',
            'gatewayresponse.header.X-Stage-Var': 'stageVariables.color',
            'gatewayresponse.header.X-Api': 'context.apiId',
            'gatewayresponse.header.X-Missing': 'method.request.header.Absent',
          },
          responseTemplates: {
            'application/json': '{"msg":$context.error.messageString,"raw":"$context.error.message","type":"$context.error.responseType","color":"${stageVariables.color}","v":"$context.error.validationErrorString","path":"$context.resourcePath","nope":"$context.nothing.here"}',
            'text/plain': 'plain $context.error.message',
          },
        },
      },
    });
    const run = (init: { headers?: Record<string, string>; query?: string } = {}) => {
      const ctx = routedContext(snapshot, 'GET', '/items/42', { headers: init.headers }, { variables: { color: 'blue' } });
      ctx.rawQuery = init.query ?? '';
      ctx.validationErrorString = '[instance type (string) does not match]';
      gatewayResponseStage(ctx, new GatewayError('BAD_REQUEST_BODY'));
      return ctx;
    };

    it('maps gatewayresponse.header.* from static, method request, stage variables and context', () => {
      const ctx = run({ headers: { Origin: 'https://a.example' }, query: 'q=one&q=two%20x' });
      const headers = ctx.response!.headers;
      expect(ctx.response?.statusCode).toBe(400);
      expect(header(headers, 'Access-Control-Allow-Origin')).toBe('*');
      expect(header(headers, 'X-Echo-Origin')).toBe('https://a.example');
      expect(header(headers, 'X-Item')).toBe('42');
      expect(header(headers, 'X-Query')).toBe('two x');
      expect(header(headers, 'X-Queries')).toBe('one,two x');
      expect(header(headers, 'X-Stage-Var')).toBe('blue');
      expect(header(headers, 'X-Api')).toBe(snapshot.restApiId);
      expect(header(headers, 'X-Missing')).toBeUndefined();
      expect(header(headers, 'x-amzn-ErrorType')).toBe('BadRequestException');
      expect(header(headers, 'x-amzn-RequestId')).toBe(ctx.requestId);
    });

    it('substitutes $context and $stageVariables (not VTL) in the application/json template', () => {
      const ctx = run();
      expect(JSON.parse(ctx.response!.body as string)).toEqual({
        msg: 'Invalid request body', raw: 'Invalid request body', type: 'BAD_REQUEST_BODY', color: 'blue',
        v: '[instance type (string) does not match]', path: '/items/{id}', nope: '',
      });
      expect(header(ctx.response!.headers, 'Content-Type')).toBe('application/json');
    });

    it('chooses the template by Accept and answers with its content type', () => {
      const ctx = run({ headers: { Accept: 'text/plain' } });
      expect(ctx.response?.body).toBe('plain Invalid request body');
      expect(header(ctx.response!.headers, 'Content-Type')).toBe('text/plain');
    });

    it('quotes messageString as JSON and renders a null message as null', () => {
      const nullSnapshot = buildSnapshot({
        gatewayResponses: { DEFAULT_5XX: { responseType: 'DEFAULT_5XX', responseParameters: {}, responseTemplates: { 'application/json': '{"m":$context.error.messageString}' } } },
      });
      const ctx = routedContext(nullSnapshot);
      gatewayResponseStage(ctx, new GatewayError('AUTHORIZER_CONFIGURATION_ERROR'));
      expect(ctx.response?.body).toBe('{"m":null}');
      const quoted = routedContext(nullSnapshot);
      gatewayResponseStage(quoted, new GatewayError('DEFAULT_5XX', 'say "hi"'));
      expect(JSON.parse(quoted.response!.body as string)).toEqual({ m: 'say "hi"' });
    });
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
