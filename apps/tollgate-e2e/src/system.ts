import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { AppProcess } from './app-process';
import { freePort } from './free-port';

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
 */
export async function startSystem(): Promise<RunningSystem> {
  const id = randomUUID().slice(0, 8);
  const [cpPort, dpHttpPort, dpHttpsPort] = [await freePort(), await freePort(), await freePort()];
  const tlsDir = mkdtempSync(join(tmpdir(), 'tollgate-tls-'));
  const shared = {
    DATABASE_URL: process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test',
    REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    CP_REDIS_KEY_PREFIX: `e2e-${id}:`, DP_REDIS_KEY_PREFIX: `e2e-${id}:`, WORKER_REDIS_KEY_PREFIX: `e2e-${id}:`,
    CP_QUEUE_PREFIX: `e2eq${id}`, WORKER_QUEUE_PREFIX: `e2eq${id}`,
    CP_HOST: '127.0.0.1', CP_PORT: String(cpPort), CP_LOG_LEVEL: 'warn',
    DP_HOST: '127.0.0.1', DP_HTTP_PORT: String(dpHttpPort), DP_HTTPS_PORT: String(dpHttpsPort), DP_TLS_DIR: tlsDir,
    DP_LOG_LEVEL: 'warn',
  };
  const apps = [new AppProcess('control-plane', shared), new AppProcess('worker', shared), new AppProcess('data-plane', shared)];
  const clients: APIGatewayClient[] = [];
  const stop = async () => {
    clients.forEach((c) => c.destroy());
    await Promise.all(apps.map((a) => a.stop()));
    rmSync(tlsDir, { recursive: true, force: true });
  };
  try {
    await Promise.all([apps[0].waitForPort(cpPort), apps[2].waitForPort(dpHttpsPort), apps[2].waitForPort(dpHttpPort)]);
  } catch (error) {
    await stop();
    throw error;
  }
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
