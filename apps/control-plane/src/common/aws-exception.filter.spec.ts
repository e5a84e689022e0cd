import { type ArgumentsHost, BadRequestException, Logger, NotFoundException } from '@nestjs/common';
import { AuthError, AuthErrorCode } from '../auth/auth.error';
import { AwsExceptionFilter } from './aws-exception.filter';
import { RequestError, RequestErrorCode } from './request.error';

interface Captured {
  status?: number;
  headers: Record<string, string>;
  body?: string;
}

function run(exception: unknown, route: object | null = { path: '/restapis' }): Captured {
  const captured: Captured = { headers: {} };
  const response = {
    headersSent: false,
    status(code: number) { captured.status = code; return response; },
    setHeader(name: string, value: string) { captured.headers[name.toLowerCase()] = value; return response; },
    send(body: string) { captured.body = body; return response; },
  };
  const request = { method: 'GET', originalUrl: '/restapis', route };
  const host = { switchToHttp: () => ({ getResponse: () => response, getRequest: () => request }) } as unknown as ArgumentsHost;
  new AwsExceptionFilter().catch(exception, host);
  return captured;
}

describe('AwsExceptionFilter', () => {
  it('maps feature errors to status, x-amzn-ErrorType and {"message"}', () => {
    expect(run(new AuthError(AuthErrorCode.MissingToken, 'Missing Authentication Token'))).toEqual({
      status: 403,
      headers: { 'x-amzn-errortype': 'MissingAuthenticationTokenException', 'content-type': 'application/json' },
      body: '{"message":"Missing Authentication Token"}',
    });
    const tooLarge = run(new RequestError(RequestErrorCode.BodyTooLarge, 'too big'));
    expect([tooLarge.status, tooLarge.headers['x-amzn-errortype']]).toEqual([413, 'RequestEntityTooLargeException']);
  });

  it('turns unknown routes into UnknownOperationException', () => {
    const result = run(new NotFoundException('Cannot GET /x'), null);
    expect([result.status, result.headers['x-amzn-errortype'], result.body]).toEqual([404, 'UnknownOperationException', '{"message":null}']);
  });

  it('maps Nest HTTP exceptions by status', () => {
    const result = run(new BadRequestException('nope'));
    expect([result.status, result.headers['x-amzn-errortype'], result.body]).toEqual([400, 'BadRequestException', '{"message":"nope"}']);
  });

  it('hides unexpected errors behind a generic 500 and logs them', () => {
    const log = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const result = run(new Error('connection string postgres://secret@db'));
    expect([result.status, result.headers['x-amzn-errortype'], result.body]).toEqual([500, 'InternalServerErrorException', '{"message":"Internal server error"}']);
    expect(log).toHaveBeenCalledTimes(1);
    log.mockRestore();
  });
});
