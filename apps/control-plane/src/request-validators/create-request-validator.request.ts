import type { RequestValidatorValues } from '@tollgate/persistence';
import { asBody, optionalBoolean, optionalString } from '../common/body-fields';
import { RequestValidatorsError } from './request-validators.error';

/** CreateRequestValidator's body; both flags default to false, as on AWS. */
export function parseCreateRequestValidatorRequest(raw: unknown): RequestValidatorValues {
  const fail = RequestValidatorsError.invalid;
  const body = asBody(raw, fail);
  return {
    name: optionalString(body, 'name', fail, 1024) ?? null,
    validateRequestBody: optionalBoolean(body, 'validateRequestBody', fail) ?? false,
    validateRequestParameters: optionalBoolean(body, 'validateRequestParameters', fail) ?? false,
  };
}
