import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger, NotFoundException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { ApiError, AWS_ERROR_STATUS, AwsErrorType } from './api-error';

/** Postgres rejections caused by the caller's input (SQLSTATE class 22), answered as 400 instead of 500. */
const INPUT_SQL_ERRORS: Readonly<Record<string, string>> = {
  '22001': 'A value in the request exceeds its maximum length',
  '22021': 'The request contains characters that are not allowed',
  '22P05': 'The request contains characters that are not allowed',
  '22P02': 'The request contains a value of the wrong type',
  '22003': 'A number in the request is out of range',
};

const STATUS_TYPES: Readonly<Record<number, AwsErrorType>> = {
  400: AwsErrorType.BadRequest,
  401: AwsErrorType.Unauthorized,
  404: AwsErrorType.NotFound,
  409: AwsErrorType.Conflict,
  413: AwsErrorType.RequestEntityTooLarge,
  429: AwsErrorType.TooManyRequests,
  503: AwsErrorType.ServiceUnavailable,
};

/**
 * The single exit for errors: `x-amzn-ErrorType` header + `{"message": "..."}`, as AWS answers.
 * Unknown routes are UnknownOperationException; anything unexpected is a 500 that leaks nothing.
 */
@Catch()
export class AwsExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ControlPlane');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const { type, status, message } = this.describe(exception, request);
    if (response.headersSent) return;
    response.status(status).setHeader('x-amzn-ErrorType', type);
    response.setHeader('Content-Type', 'application/json');
    response.send(JSON.stringify({ message }));
  }

  private describe(exception: unknown, request: Request): { type: AwsErrorType; status: number; message: string | null } {
    if (exception instanceof ApiError) {
      return { type: exception.errorType, status: AWS_ERROR_STATUS[exception.errorType], message: exception.message };
    }
    const sqlState = exception instanceof QueryFailedError ? (exception.driverError as { code?: string }).code : undefined;
    if (sqlState && INPUT_SQL_ERRORS[sqlState]) {
      return { type: AwsErrorType.BadRequest, status: 400, message: INPUT_SQL_ERRORS[sqlState] };
    }
    // Nest raises NotFoundException (without a handler) for routes no controller declares.
    if (exception instanceof NotFoundException && !request.route) {
      return { type: AwsErrorType.UnknownOperation, status: 404, message: null };
    }
    if (exception instanceof HttpException && STATUS_TYPES[exception.getStatus()]) {
      const type = STATUS_TYPES[exception.getStatus()];
      return { type, status: exception.getStatus(), message: exception.message };
    }
    this.logger.error(`${request.method} ${request.originalUrl} failed`, exception instanceof Error ? exception.stack : String(exception));
    return { type: AwsErrorType.InternalServerError, status: 500, message: 'Internal server error' };
  }
}
