// A real worker process for the usage-flush kill test: BullMQ driver, Postgres source, no repeating schedule,
// so the only flush it runs is the catch-up one enqueued at start. Arguments (no env: tests pass their own
// prefixes): databaseUrl redisUrl keyPrefix queuePrefix. Prints "ready" once consuming; runs until killed.
import { startWorker } from '../src/start-worker';

const [databaseUrl, redisUrl, keyPrefix, queuePrefix] = process.argv.slice(2);

startWorker({ databaseUrl, redisUrl, keyPrefix, queuePrefix, usageFlushEveryMs: 0, concurrency: 1, logger: false }).then(
  () => process.stdout.write('ready\n'),
  (error: unknown) => {
    process.stderr.write(`worker failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
