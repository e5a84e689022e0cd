import { Logger } from '@nestjs/common';
import { loadWorkerConfig, toStartWorkerOptions, WorkerConfigError } from './config/worker-config';
import { startWorker } from './start-worker';

const logger = new Logger('worker');

async function main(): Promise<void> {
  const config = loadWorkerConfig();
  const worker = await startWorker(toStartWorkerOptions(config));
  // scripts/start.mjs waits for this line to know the worker is up.
  logger.log(`consuming queues (prefix ${config.queue.prefix}, concurrency ${config.queue.concurrency}), Redis keys under ${config.redis.keyPrefix}`);

  const stop = (signal: NodeJS.Signals): void => {
    logger.log(`${signal}: finishing running jobs, then exiting`);
    // A second signal while draining means "now".
    process.once(signal, () => process.exit(130));
    worker.close().then(() => process.exit(0), (error: unknown) => {
      logger.error(`shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  logger.error(error instanceof WorkerConfigError ? error.message : `failed to start: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exit(1);
});
