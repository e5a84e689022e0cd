import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { ControlPlaneRequest } from '../common/control-plane-request';

/** Who signed the request: the account that owns the access key and the region of the credential scope. */
export interface Caller {
  readonly accountId: string;
  readonly region: string;
  readonly accessKeyId: string;
}

/** `@Caller() caller: Caller` in a controller; pass it to repositories as their TenantScope. */
export const Caller = createParamDecorator((_data: unknown, ctx: ExecutionContext): Caller => {
  const caller = ctx.switchToHttp().getRequest<ControlPlaneRequest>().user;
  if (!caller) throw new Error('No authenticated caller on the request');
  return caller;
});
