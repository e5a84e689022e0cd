import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-custom';
import type { Caller } from './caller';
import type { SigV4Verifier } from './sigv4-verifier';
import type { ControlPlaneRequest } from '../common/control-plane-request';

export const SIGV4_STRATEGY = 'sigv4';

/** Where SigV4AuthGuard leaves this app's verifier for the strategy (passport strategies are process-global). */
export const SIGV4_VERIFIER_KEY = Symbol('tollgate.sigv4Verifier');

export type RequestWithVerifier = ControlPlaneRequest & { [SIGV4_VERIFIER_KEY]?: SigV4Verifier };

/**
 * Passport strategy for AWS Signature Version 4. Passport registers strategies by name on a process-wide
 * singleton, so the strategy holds no state: it uses the verifier the app's guard put on the request,
 * which keeps several apps in one process (tests) independent.
 */
@Injectable()
export class SigV4Strategy extends PassportStrategy(Strategy, SIGV4_STRATEGY) {
  async validate(request: RequestWithVerifier): Promise<Caller> {
    const verifier = request[SIGV4_VERIFIER_KEY];
    if (!verifier) throw new Error('SigV4 verifier missing on request; SigV4AuthGuard must run first');
    return verifier.verify({ method: request.method, url: request.originalUrl, headers: request.headers, body: request.rawBody });
  }
}
