import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { BullJobProducer, type JobProducer } from '@tollgate/jobs';
import { DataSource } from 'typeorm';
import { type ControlPlaneConfig, createControlPlaneApp, parseControlPlaneConfig } from '../src';

export interface StartControlPlaneOptions {
  /** Replaces the per-test BullJobProducer (e.g. an inline or recording producer). */
  jobProducer?: JobProducer;
  /** Overrides the parsed config (defaults: env, port 0 on 127.0.0.1, log level error, unique queue prefix). */
  config?: Partial<ControlPlaneConfig>;
}

export interface RunningControlPlane {
  /** e.g. `http://127.0.0.1:39123` */
  url: string;
  app: INestApplication;
  /** The app's own DataSource (real Postgres, migrated by jest global setup). */
  dataSource: DataSource;
  jobProducer: JobProducer;
  /** BullMQ prefix the default producer writes under (unique per start). */
  queuePrefix: string;
  config: ControlPlaneConfig;
  close(): Promise<void>;
}

/** Starts the control plane in-process on an ephemeral port with real Postgres and Redis. */
export async function startControlPlane(options: StartControlPlaneOptions = {}): Promise<RunningControlPlane> {
  const base = parseControlPlaneConfig(process.env);
  const queuePrefix = `test-${randomUUID()}`;
  const config: ControlPlaneConfig = {
    ...base,
    http: { ...base.http, host: '127.0.0.1', port: 0 },
    database: { ...base.database, poolSize: 4 },
    queue: { prefix: queuePrefix },
    logLevel: 'error',
    ...options.config,
  };
  const jobProducer = options.jobProducer ?? new BullJobProducer({ url: config.redis.url, prefix: config.queue.prefix });
  const app = await createControlPlaneApp(config, { jobProducer });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    dataSource: app.get(DataSource),
    jobProducer,
    queuePrefix,
    config,
    close: () => app.close(),
  };
}
