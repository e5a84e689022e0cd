import { asBody, optionalString, optionalStringMap } from '../common/body-fields';
import { TestInvokeError } from './test-invoke.error';

/** TestInvokeMethod body (AWS field names). */
export interface TestInvokeMethodRequest {
  pathWithQueryString?: string;
  body?: string;
  headers?: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  clientCertificateId?: string;
  stageVariables?: Record<string, string>;
}

export function parseTestInvokeMethodRequest(raw: unknown): TestInvokeMethodRequest {
  const body = asBody(raw, TestInvokeError.invalid);
  return {
    pathWithQueryString: optionalString(body, 'pathWithQueryString', TestInvokeError.invalid),
    body: optionalString(body, 'body', TestInvokeError.invalid),
    headers: optionalStringMap(body, 'headers', TestInvokeError.invalid),
    multiValueHeaders: optionalStringListMap(body['multiValueHeaders']),
    clientCertificateId: optionalString(body, 'clientCertificateId', TestInvokeError.invalid),
    stageVariables: optionalStringMap(body, 'stageVariables', TestInvokeError.invalid),
  };
}

/** `{"name": ["v1", "v2"]}`; anything else is a BadRequest naming the field. */
function optionalStringListMap(value: unknown): Record<string, string[]> | undefined {
  if (value === undefined || value === null) return undefined;
  const invalid = () => TestInvokeError.invalid("Invalid value for 'multiValueHeaders': expected a map of string lists");
  if (typeof value !== 'object' || Array.isArray(value)) throw invalid();
  const result: Record<string, string[]> = {};
  for (const [name, list] of Object.entries(value)) {
    if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) throw invalid();
    result[name] = list as string[];
  }
  return result;
}
