import { asBody, optionalBooleanMap, optionalStringMap } from '../common/body-fields';
import { MethodsError } from './methods.error';

export const RESPONSE_PARAMETER = /^method\.response\.header\.[^\s]+$/;
const STATUS_CODE = /^[1-5]\d\d$/;

/** PutMethodResponse body (AWS field names). */
export interface PutMethodResponseRequest {
  responseParameters: Record<string, boolean>;
  responseModels: Record<string, string>;
}

/** The `{status_code}` path segment, shared with integration responses. */
export function parseStatusCode(value: string): string {
  if (!STATUS_CODE.test(value)) throw MethodsError.invalid(`Invalid status code specified: ${value}. It must be a three-digit HTTP status code`);
  return value;
}

export function parsePutMethodResponseRequest(raw: unknown): PutMethodResponseRequest {
  const body = asBody(raw, MethodsError.invalid);
  const responseParameters = optionalBooleanMap(body, 'responseParameters', MethodsError.invalid) ?? {};
  for (const name of Object.keys(responseParameters)) {
    if (!RESPONSE_PARAMETER.test(name)) throw MethodsError.invalid(`Invalid method response parameter specified in 'responseParameters': ${name}`);
  }
  return { responseParameters, responseModels: optionalStringMap(body, 'responseModels', MethodsError.invalid) ?? {} };
}
