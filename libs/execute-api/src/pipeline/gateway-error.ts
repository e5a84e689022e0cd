import type { GatewayResponseTypeName } from '@tollgate/model';

/**
 * The only way a stage reports a failure. The gateway-response stage turns it into the configured
 * (or default) gateway response; `message` overrides the type's default message when set.
 */
export class GatewayError extends Error {
  override readonly name = 'GatewayError';

  constructor(
    readonly type: GatewayResponseTypeName,
    message?: string,
    /** Log detail, never sent to the client. */
    readonly detail?: string,
  ) {
    super(message ?? type);
    this.customMessage = message;
  }

  readonly customMessage: string | undefined;
}
