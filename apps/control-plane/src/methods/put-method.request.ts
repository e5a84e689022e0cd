import { HTTP_METHODS, type AuthorizationType, type HttpMethod } from '@tollgate/model';
import { asBody, optionalBoolean, optionalBooleanMap, optionalString, optionalStringList, optionalStringMap } from '../common/body-fields';
import { MethodsError } from './methods.error';

export const AUTHORIZATION_TYPES: readonly AuthorizationType[] = ['NONE', 'AWS_IAM', 'CUSTOM', 'COGNITO_USER_POOLS'];
export const METHOD_PARAMETER = /^method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.[^\s]+$/;

/** PutMethod body (AWS field names). */
export interface PutMethodRequest {
  authorizationType: AuthorizationType;
  authorizerId?: string;
  apiKeyRequired: boolean;
  operationName?: string;
  requestParameters: Record<string, boolean>;
  requestModels: Record<string, string>;
  requestValidatorId?: string;
  authorizationScopes?: string[];
}

/** The `{http_method}` path segment: one of AWS's verbs (upper case) or ANY. */
export function parseHttpMethod(value: string): HttpMethod {
  if (!(HTTP_METHODS as readonly string[]).includes(value)) {
    throw MethodsError.invalid(`Invalid HttpMethod specified. Valid options are ${[...HTTP_METHODS].sort().join(',')}`);
  }
  return value as HttpMethod;
}

export function parsePutMethodRequest(raw: unknown): PutMethodRequest {
  const body = asBody(raw, MethodsError.invalid);
  const authorizationType = optionalString(body, 'authorizationType', MethodsError.invalid);
  if (!authorizationType) throw MethodsError.invalid('Enumeration value for AuthorizationType must be non-empty');
  if (!(AUTHORIZATION_TYPES as readonly string[]).includes(authorizationType)) {
    throw MethodsError.invalid(`Invalid authorization type specified. Valid values are ${AUTHORIZATION_TYPES.join(', ')}`);
  }
  const authorizerId = optionalString(body, 'authorizerId', MethodsError.invalid, 10);
  if ((authorizationType === 'CUSTOM' || authorizationType === 'COGNITO_USER_POOLS') && !authorizerId) {
    throw MethodsError.invalid('Invalid authorizer ID specified. Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer.');
  }
  const requestParameters = optionalBooleanMap(body, 'requestParameters', MethodsError.invalid) ?? {};
  for (const name of Object.keys(requestParameters)) {
    if (!METHOD_PARAMETER.test(name)) throw MethodsError.invalid(`Invalid method request parameter specified in 'requestParameters': ${name}`);
  }
  return {
    authorizationType: authorizationType as AuthorizationType,
    authorizerId: authorizationType === 'CUSTOM' || authorizationType === 'COGNITO_USER_POOLS' ? authorizerId : undefined,
    apiKeyRequired: optionalBoolean(body, 'apiKeyRequired', MethodsError.invalid) ?? false,
    operationName: optionalString(body, 'operationName', MethodsError.invalid, 1024),
    requestParameters,
    requestModels: optionalStringMap(body, 'requestModels', MethodsError.invalid) ?? {},
    requestValidatorId: optionalString(body, 'requestValidatorId', MethodsError.invalid, 10),
    authorizationScopes: optionalStringList(body, 'authorizationScopes', MethodsError.invalid),
  };
}
