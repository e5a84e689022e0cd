import { GATEWAY_RESPONSE_DEFAULTS, type GatewayResponseTypeName } from '@tollgate/model';
import type { GatewayResponseEntity, GatewayResponseValues } from '@tollgate/persistence';

/** AWS `GatewayResponse` wire shape. */
export interface GatewayResponse {
  responseType: GatewayResponseTypeName;
  statusCode?: string;
  responseParameters: Record<string, string>;
  responseTemplates: Record<string, string>;
  defaultResponse: boolean;
}

/** The template every default gateway response uses. */
export const DEFAULT_RESPONSE_TEMPLATES: Readonly<Record<string, string>> = { 'application/json': '{"message":$context.error.messageString}' };

/** What AWS reports for a type nobody customised (DEFAULT_4XX/5XX have no status code). */
export function defaultValues(type: GatewayResponseTypeName): GatewayResponseValues {
  return { statusCode: GATEWAY_RESPONSE_DEFAULTS[type].crudStatus ?? null, responseParameters: {}, responseTemplates: { ...DEFAULT_RESPONSE_TEMPLATES } };
}

export function toGatewayResponse(type: GatewayResponseTypeName, stored: GatewayResponseEntity | undefined): GatewayResponse {
  const values = stored ?? defaultValues(type);
  const response: GatewayResponse = {
    responseType: type,
    responseParameters: values.responseParameters,
    responseTemplates: values.responseTemplates,
    defaultResponse: stored === undefined,
  };
  if (values.statusCode !== null) response.statusCode = values.statusCode;
  return response;
}
