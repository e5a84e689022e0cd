import { validateRequest, type CompiledValidation } from '@tollgate/request-validation';
import { methodRequestParameters } from '../../http/method-request';
import { requestBody } from '../../http/request-body';
import { GatewayError } from '../gateway-error';
import type { RequestContext } from '../context';

/**
 * The method's RequestValidator (AWS-BEHAVIOUR.md §1 row 6): required parameters, then the body
 * against its model. Compiled at snapshot load; methods without a validator pass straight through, and
 * the body is read (once, for later stages too) only when a model may apply.
 */
export function validateStage(ctx: RequestContext): void | Promise<void> {
  const method = ctx.method;
  const validation = method === undefined ? undefined : ctx.stage?.compiled.validations.get(method);
  if (validation === undefined) return;
  if (validation.bodyModels.size === 0) {
    check(ctx, validation, undefined);
    return;
  }
  const body = requestBody(ctx);
  if (Buffer.isBuffer(body)) {
    check(ctx, validation, body);
    return;
  }
  return body.then((read) => check(ctx, validation, read));
}

function check(ctx: RequestContext, validation: CompiledValidation, body: Buffer | undefined): void {
  const headers = ctx.req.headers;
  const failure = validateRequest(validation, {
    // Node lower-cases names and joins repeated values; only set-cookie stays a list (never required in practice).
    headers: headers as Readonly<Record<string, string | undefined>>,
    pathParameters: ctx.pathParameters,
    queryStringParameters: queryLastValues(ctx),
    contentType: headers['content-type'],
    body: body === undefined ? undefined : body.toString('utf8'),
  });
  if (failure === undefined) return;
  ctx.validationErrorString = failure.validationErrorString;
  throw new GatewayError(failure.type, failure.message, failure.validationErrorString);
}

const NO_QUERY: Readonly<Record<string, string>> = Object.freeze({});

function queryLastValues(ctx: RequestContext): Readonly<Record<string, string>> {
  return ctx.rawQuery === '' ? NO_QUERY : methodRequestParameters(ctx).queryStringParameters;
}
