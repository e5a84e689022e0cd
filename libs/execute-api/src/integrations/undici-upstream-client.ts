import { Agent, errors } from 'undici';
import type { EndpointResponse } from '../pipeline/context';
import { UpstreamError, type UpstreamClient, type UpstreamRequest } from './upstream-client';

export interface UndiciUpstreamOptions {
  /** Sockets per origin; default 128. */
  connectionsPerOrigin?: number;
  /** Idle keep-alive sockets are closed after this long; default 30 s. */
  keepAliveTimeoutMs?: number;
  /** TCP/TLS connect timeout; default 10 s (capped by each request's own timeout). */
  connectTimeoutMs?: number;
}

/**
 * undici Agent: a keep-alive Pool per origin. Chosen over http-proxy by measurement (see README).
 * The request body streams from the client socket and the response body is handed back unread.
 */
export class UndiciUpstreamClient implements UpstreamClient {
  private readonly agent: Agent;

  constructor(options: UndiciUpstreamOptions = {}) {
    this.agent = new Agent({
      connections: options.connectionsPerOrigin ?? 128,
      keepAliveTimeout: options.keepAliveTimeoutMs ?? 30_000,
      connect: { timeout: options.connectTimeoutMs ?? 10_000 },
    });
  }

  async request(request: UpstreamRequest): Promise<EndpointResponse> {
    try {
      const response = await this.agent.request({
        origin: request.origin,
        path: request.path,
        method: request.method as 'GET',
        headers: request.headers,
        body: request.body ?? null,
        // The integration timeout covers the wait for the response head; after that the body streams.
        headersTimeout: request.timeoutMs,
        bodyTimeout: request.timeoutMs,
      });
      return { statusCode: response.statusCode, headers: response.headers, body: response.body };
    } catch (error) {
      throw toUpstreamError(error);
    }
  }

  close(): Promise<void> {
    return this.agent.close();
  }
}

function toUpstreamError(error: unknown): UpstreamError {
  if (error instanceof errors.HeadersTimeoutError || error instanceof errors.ConnectTimeoutError || error instanceof errors.BodyTimeoutError) {
    return new UpstreamError('timeout', (error as Error).message);
  }
  return new UpstreamError('failure', error instanceof Error ? `${(error as NodeJS.ErrnoException).code ?? error.name}: ${error.message}` : String(error));
}
