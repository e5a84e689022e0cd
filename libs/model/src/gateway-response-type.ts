/** AWS gateway response types with their built-in defaults (AWS-BEHAVIOUR.md §2). */
export const GATEWAY_RESPONSE_TYPES = [
  'ACCESS_DENIED', 'API_CONFIGURATION_ERROR', 'AUTHORIZER_CONFIGURATION_ERROR', 'AUTHORIZER_FAILURE',
  'BAD_REQUEST_PARAMETERS', 'BAD_REQUEST_BODY', 'DEFAULT_4XX', 'DEFAULT_5XX', 'EXPIRED_TOKEN',
  'INTEGRATION_FAILURE', 'INTEGRATION_TIMEOUT', 'INVALID_API_KEY', 'INVALID_SIGNATURE',
  'MISSING_AUTHENTICATION_TOKEN', 'QUOTA_EXCEEDED', 'REQUEST_TOO_LARGE', 'RESOURCE_NOT_FOUND',
  'THROTTLED', 'UNAUTHORIZED', 'UNSUPPORTED_MEDIA_TYPE', 'WAF_FILTERED',
] as const;

export type GatewayResponseTypeName = (typeof GATEWAY_RESPONSE_TYPES)[number];

export interface GatewayResponseDefault {
  /** Status the data plane answers with when the user configured none. */
  runtimeStatus: number;
  /** Status GetGatewayResponse(s) reports; undefined for DEFAULT_4XX/DEFAULT_5XX. */
  crudStatus?: string;
  /** Message for `{"message": ...}`; null is rendered as JSON null. */
  message: string | null;
  /** Value of the `x-amzn-ErrorType` header. */
  errorType: string;
}

export const GATEWAY_RESPONSE_DEFAULTS: Readonly<Record<GatewayResponseTypeName, GatewayResponseDefault>> = {
  ACCESS_DENIED: { runtimeStatus: 403, crudStatus: '403', message: 'User is not authorized to access this resource', errorType: 'AccessDeniedException' },
  API_CONFIGURATION_ERROR: { runtimeStatus: 500, crudStatus: '500', message: 'Internal server error', errorType: 'InternalServerErrorException' },
  AUTHORIZER_CONFIGURATION_ERROR: { runtimeStatus: 500, crudStatus: '500', message: null, errorType: 'AuthorizerConfigurationException' },
  AUTHORIZER_FAILURE: { runtimeStatus: 500, crudStatus: '500', message: null, errorType: 'AuthorizerFailureException' },
  BAD_REQUEST_PARAMETERS: { runtimeStatus: 400, crudStatus: '400', message: 'Bad request parameters', errorType: 'BadRequestException' },
  BAD_REQUEST_BODY: { runtimeStatus: 400, crudStatus: '400', message: 'Invalid request body', errorType: 'BadRequestException' },
  DEFAULT_4XX: { runtimeStatus: 400, message: 'Bad request', errorType: 'BadRequestException' },
  DEFAULT_5XX: { runtimeStatus: 500, message: 'Internal server error', errorType: 'InternalServerErrorException' },
  EXPIRED_TOKEN: { runtimeStatus: 403, crudStatus: '403', message: 'The security token included in the request is expired', errorType: 'ExpiredTokenException' },
  // AWS reports 504 through the API but answers 500 at runtime (502 for Lambda proxy failures).
  INTEGRATION_FAILURE: { runtimeStatus: 500, crudStatus: '504', message: 'Internal server error', errorType: 'InternalServerErrorException' },
  INTEGRATION_TIMEOUT: { runtimeStatus: 504, crudStatus: '504', message: 'Endpoint request timed out', errorType: 'InternalServerErrorException' },
  INVALID_API_KEY: { runtimeStatus: 403, crudStatus: '403', message: 'Forbidden', errorType: 'ForbiddenException' },
  INVALID_SIGNATURE: { runtimeStatus: 403, crudStatus: '403', message: 'The request signature we calculated does not match the signature you provided.', errorType: 'InvalidSignatureException' },
  MISSING_AUTHENTICATION_TOKEN: { runtimeStatus: 403, crudStatus: '403', message: 'Missing Authentication Token', errorType: 'MissingAuthenticationTokenException' },
  QUOTA_EXCEEDED: { runtimeStatus: 429, crudStatus: '429', message: 'Limit Exceeded', errorType: 'LimitExceededException' },
  REQUEST_TOO_LARGE: { runtimeStatus: 413, crudStatus: '413', message: 'Request Too Long', errorType: 'RequestTooLargeException' },
  RESOURCE_NOT_FOUND: { runtimeStatus: 404, crudStatus: '404', message: 'Not Found', errorType: 'ResourceNotFoundException' },
  THROTTLED: { runtimeStatus: 429, crudStatus: '429', message: 'Too Many Requests', errorType: 'TooManyRequestsException' },
  UNAUTHORIZED: { runtimeStatus: 401, crudStatus: '401', message: 'Unauthorized', errorType: 'UnauthorizedException' },
  UNSUPPORTED_MEDIA_TYPE: { runtimeStatus: 415, crudStatus: '415', message: 'Unsupported Media Type', errorType: 'BadRequestException' },
  WAF_FILTERED: { runtimeStatus: 403, crudStatus: '403', message: 'Forbidden', errorType: 'WafFilteredException' },
};

export function isGatewayResponseType(value: string): value is GatewayResponseTypeName {
  return (GATEWAY_RESPONSE_TYPES as readonly string[]).includes(value);
}
