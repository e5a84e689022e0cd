import type { GatewayResponseValues } from '@tollgate/persistence';
import { asBody, optionalString, optionalStringMap } from '../common/body-fields';
import { checkResponseParameter, checkStatusCode, checkTemplate } from './gateway-response-fields';
import { GatewayResponsesError } from './gateway-responses.error';

/** PutGatewayResponse's body: replaces the type's status, parameters and templates. */
export function parsePutGatewayResponseRequest(raw: unknown): GatewayResponseValues {
  const fail = GatewayResponsesError.invalid;
  const body = asBody(raw, fail);
  const statusCode = optionalString(body, 'statusCode', fail);
  const responseParameters = optionalStringMap(body, 'responseParameters', fail) ?? {};
  const responseTemplates = optionalStringMap(body, 'responseTemplates', fail) ?? {};
  for (const [key, value] of Object.entries(responseParameters)) checkResponseParameter(key, value);
  for (const [contentType, template] of Object.entries(responseTemplates)) checkTemplate(contentType, template);
  return { statusCode: statusCode === undefined ? null : checkStatusCode(statusCode), responseParameters, responseTemplates };
}
