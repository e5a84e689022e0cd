import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { ControlPlaneRequest } from './control-plane-request';

export const ACCEPTS_NON_JSON_BODY = 'tollgate:accepts-non-json-body';

/** For endpoints whose body is not JSON (e.g. ImportRestApi with YAML): skip the malformed-JSON check. */
export const AcceptsNonJsonBody = (): MethodDecorator & ClassDecorator => SetMetadata(ACCEPTS_NON_JSON_BODY, true);

/** The exact request body bytes. */
export const RawBody = createParamDecorator((_data: unknown, ctx: ExecutionContext): Buffer => {
  return ctx.switchToHttp().getRequest<ControlPlaneRequest>().rawBody;
});
