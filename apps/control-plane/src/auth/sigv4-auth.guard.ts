import { type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { SIGV4_STRATEGY, SIGV4_VERIFIER_KEY, type RequestWithVerifier } from './sigv4.strategy';
import { SigV4Verifier } from './sigv4-verifier';

/** Global guard: every route requires a valid SigV4 signature (passport, strategy `sigv4`). */
@Injectable()
export class SigV4AuthGuard extends AuthGuard(SIGV4_STRATEGY) {
  constructor(@Inject(SigV4Verifier) private readonly verifier: SigV4Verifier) {
    super();
  }

  override canActivate(context: ExecutionContext): Promise<boolean> {
    context.switchToHttp().getRequest<RequestWithVerifier>()[SIGV4_VERIFIER_KEY] = this.verifier;
    return super.canActivate(context) as Promise<boolean>;
  }
}
