/** The AWS error types the control plane answers with, and their HTTP status. */
export enum AwsErrorType {
  BadRequest = 'BadRequestException',
  NotFound = 'NotFoundException',
  Conflict = 'ConflictException',
  TooManyRequests = 'TooManyRequestsException',
  LimitExceeded = 'LimitExceededException',
  Unauthorized = 'UnauthorizedException',
  MissingAuthenticationToken = 'MissingAuthenticationTokenException',
  UnrecognizedClient = 'UnrecognizedClientException',
  InvalidSignature = 'InvalidSignatureException',
  IncompleteSignature = 'IncompleteSignatureException',
  UnknownOperation = 'UnknownOperationException',
  RequestEntityTooLarge = 'RequestEntityTooLargeException',
  ServiceUnavailable = 'ServiceUnavailableException',
  InternalServerError = 'InternalServerErrorException',
}

export const AWS_ERROR_STATUS: Readonly<Record<AwsErrorType, number>> = {
  [AwsErrorType.BadRequest]: 400,
  [AwsErrorType.NotFound]: 404,
  [AwsErrorType.Conflict]: 409,
  [AwsErrorType.TooManyRequests]: 429,
  [AwsErrorType.LimitExceeded]: 429,
  [AwsErrorType.Unauthorized]: 401,
  [AwsErrorType.MissingAuthenticationToken]: 403,
  [AwsErrorType.UnrecognizedClient]: 403,
  [AwsErrorType.InvalidSignature]: 403,
  [AwsErrorType.IncompleteSignature]: 403,
  [AwsErrorType.UnknownOperation]: 404,
  [AwsErrorType.RequestEntityTooLarge]: 413,
  [AwsErrorType.ServiceUnavailable]: 503,
  [AwsErrorType.InternalServerError]: 500,
};

/**
 * Base of every feature error. Each feature declares one subclass plus a code enum, and maps its codes
 * to an AwsErrorType; the exception filter only needs `errorType` and `message`.
 */
export abstract class ApiError extends Error {
  abstract readonly errorType: AwsErrorType;
}
