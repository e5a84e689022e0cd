import { randomBytes, randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import pino, { type Logger } from 'pino';
import type { SnapshotReader } from '@tollgate/snapshot-store';
import {
  createContext, runPipeline, UndiciUpstreamClient,
  type CompiledSnapshot, type LimitServices, type PipelineServices, type UpstreamClient,
} from '@tollgate/execute-api';
import type { TlsCredentials } from './tls/tls-credentials';

export interface DataPlaneOptions {
  /** Where stages come from: a RedisSnapshotStore in production, an InMemorySnapshotStore in tests. Both built with compileSnapshot. */
  store: SnapshotReader<CompiledSnapshot>;
  /** 0 = ephemeral (tests). */
  httpPort: number;
  /** Omit to serve HTTP only. */
  https?: { port: number; credentials: TlsCredentials };
  host?: string;
  /** Cap on integration timeouts; default 29000. */
  integrationTimeoutCapMs?: number;
  /** Default: pino at 'silent'. */
  logger?: Logger;
  /** Default: an undici keep-alive pool per origin. */
  upstream?: UpstreamClient;
  /** API keys, usage plans, throttles and quotas (createRedisLimits); omit to serve without limits. */
  limits?: LimitServices;
}

export interface RunningDataPlane {
  readonly httpUrl: string;
  /** undefined when HTTPS was not requested. */
  readonly httpsUrl: string | undefined;
  close(): Promise<void>;
}

/** Starts the HTTP (and HTTPS) listeners in-process. Plain node:http; no framework on the request path. */
export async function startDataPlane(options: DataPlaneOptions): Promise<RunningDataPlane> {
  const upstream = options.upstream ?? new UndiciUpstreamClient();
  const services: PipelineServices = {
    store: options.store,
    upstream,
    integrationTimeoutCapMs: options.integrationTimeoutCapMs ?? 29_000,
    logger: options.logger ?? pino({ level: 'silent' }),
    limits: options.limits,
  };
  const host = options.host ?? '127.0.0.1';
  const http = createHttpServer(handler(services, 'http'));
  const servers: Server[] = [http];
  const httpUrl = await listen(http, options.httpPort, host, 'http');
  let httpsUrl: string | undefined;
  if (options.https) {
    const https = createHttpsServer({ cert: options.https.credentials.cert, key: options.https.credentials.key }, handler(services, 'https'));
    servers.push(https);
    httpsUrl = await listen(https, options.https.port, host, 'https');
  }
  return {
    httpUrl,
    httpsUrl,
    close: async () => {
      await Promise.all(servers.map((server) => new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })));
      if (!options.upstream) await upstream.close();
    },
  };
}

let sequence = 0;
// 9 random characters per process + a 6-character counter + '=': the 16-character shape of AWS's ids.
const instance = randomBytes(7).toString('base64url').slice(0, 9);
const SEQUENCE_LIMIT = 36 ** 6;

function handler(services: PipelineServices, protocol: 'http' | 'https') {
  return (req: IncomingMessage, res: ServerResponse): void => {
    sequence = (sequence + 1) % SEQUENCE_LIMIT;
    runPipeline(createContext({
      req, res, services, protocol,
      startedAt: performance.now(),
      requestId: randomUUID(),
      extendedRequestId: `${instance}${sequence.toString(36).padStart(6, '0')}=`,
      requestTimeEpoch: Date.now(),
    }));
  };
}

function listen(server: Server, port: number, host: string, scheme: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve(`${scheme}://${shown}:${address.port}`);
    });
  });
}
