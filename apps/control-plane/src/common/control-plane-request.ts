import type { Request } from 'express';
import type { Caller } from '../auth/caller';
import type { RequestError } from './request.error';

/** The Express request as the control plane sees it: raw bytes kept for SigV4, JSON parsed leniently. */
export interface ControlPlaneRequest extends Request {
  /** Exact request body bytes (empty when none); SigV4 hashes these. */
  rawBody: Buffer;
  /** Set when the body is not JSON or too large; raised after authentication by BodyErrorInterceptor. */
  bodyError?: RequestError;
  /** Set by the SigV4 strategy. */
  user?: Caller;
}
