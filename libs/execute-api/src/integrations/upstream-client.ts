import type { Readable } from 'node:stream';
import type { EndpointResponse, FlatHeaders } from '../pipeline/context';

export interface UpstreamRequest {
  /** `scheme://host[:port]`; one keep-alive pool per origin. */
  readonly origin: string;
  /** Path and query, raw. */
  readonly path: string;
  readonly method: string;
  readonly headers: FlatHeaders;
  readonly body: Readable | Buffer | undefined;
  readonly timeoutMs: number;
}

/** Why an upstream call failed, already in gateway terms. */
export class UpstreamError extends Error {
  override readonly name = 'UpstreamError';

  constructor(readonly reason: 'timeout' | 'failure', message: string) {
    super(message);
  }
}

/** The HTTP client for HTTP and HTTP_PROXY integrations; rejects only with UpstreamError. */
export interface UpstreamClient {
  request(request: UpstreamRequest): Promise<EndpointResponse>;
  close(): Promise<void>;
}
