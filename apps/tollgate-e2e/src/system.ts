import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { AppProcess } from './app-process';

export interface RunningSystem {
  controlPlaneUrl: string;
  dataPlaneHttpUrl: string;
  dataPlaneHttpsPort: number;
  sdk(credentials?: { accessKeyId: string; secretAccessKey: string }): APIGatewayClient;
  logs(): string;
  stop(): Promise<void>;
}

/**
 * Starts control plane, worker and data plane as separate processes sharing Postgres (the migrated test
 * database) and Redis under a key and queue prefix of their own, so runs never see each other's state.
 * Every listener binds port 0 and the test reads the port each app announces: a port picked in advance
 * and freed again could be taken by any other test's socket before the app binds it.
 */
export async function startSystem(): Promise<RunningSystem> {
  const id = randomUUID().slice(0, 8);
  const tlsDir = mkdtempSync(join(tmpdir(), 'tollgate-tls-'));
  const shared = {
    DATABASE_URL: process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test',
    REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    CP_REDIS_KEY_PREFIX: `e2e-${id}:`, DP_REDIS_KEY_PREFIX: `e2e-${id}:`, WORKER_REDIS_KEY_PREFIX: `e2e-${id}:`,
    CP_QUEUE_PREFIX: `e2eq${id}`, WORKER_QUEUE_PREFIX: `e2eq${id}`,
    // 'log' and 'info' are the levels at which the apps announce their listening address.
    CP_HOST: '127.0.0.1', CP_PORT: '0', CP_LOG_LEVEL: 'log',
    DP_HOST: '127.0.0.1', DP_HTTP_PORT: '0', DP_HTTPS_PORT: '0', DP_TLS_DIR: tlsDir,
    DP_LOG_LEVEL: 'info',
  };
  const apps = [new AppProcess('control-plane', shared), new AppProcess('worker', shared), new AppProcess('data-plane', shared)];
  const cpListening = apps[0].waitForLine(controlPlanePort);
  const dpListening = apps[2].waitForLine(dataPlanePorts);
  const clients: APIGatewayClient[] = [];
  const stop = async () => {
    clients.forEach((c) => c.destroy());
    await Promise.all(apps.map((a) => a.stop()));
    rmSync(tlsDir, { recursive: true, force: true });
  };
  let cpPort: number;
  let dpPorts: { http: number; https: number };
  try {
    [cpPort, dpPorts] = await Promise.all([cpListening, dpListening]);
  } catch (error) {
    await stop();
    throw error;
  }
  const [dpHttpPort, dpHttpsPort] = [dpPorts.http, dpPorts.https];
  const controlPlaneUrl = `http://127.0.0.1:${cpPort}`;
  return {
    controlPlaneUrl,
    dataPlaneHttpUrl: `http://127.0.0.1:${dpHttpPort}`,
    dataPlaneHttpsPort: dpHttpsPort,
    sdk(credentials = { accessKeyId: 'test', secretAccessKey: 'test' }) {
      const client = new APIGatewayClient({ endpoint: controlPlaneUrl, region: 'us-east-1', credentials, maxAttempts: 1 });
      clients.push(client);
      return client;
    },
    logs: () => apps.map((a) => a.log()).join('\n'),
    stop,
  };
}

/** The control plane's Nest log line `listening on http://127.0.0.1:<port>`. */
function controlPlanePort(line: string): number | undefined {
  const match = /listening on http:\/\/[^\s:]+:(\d+)/.exec(line);
  return match ? Number(match[1]) : undefined;
}

/** The data plane's pino line `{"msg":"data plane listening","http":"http://…:<port>","https":"https://…:<port>"}`. */
function dataPlanePorts(line: string): { http: number; https: number } | undefined {
  if (!line.includes('data plane listening')) return undefined;
  let entry: { msg?: string; http?: string; https?: string };
  try {
    entry = JSON.parse(line) as typeof entry;
  } catch {
    return undefined;
  }
  if (entry.msg !== 'data plane listening' || !entry.http || !entry.https) return undefined;
  return { http: Number(new URL(entry.http).port), https: Number(new URL(entry.https).port) };
}
