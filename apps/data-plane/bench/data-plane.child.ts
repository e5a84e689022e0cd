import { InMemorySnapshotStore } from '@tollgate/snapshot-store';
import { buildHttpProxyIntegration, buildMethod, buildResource, buildSnapshot, buildStageRecord } from '@tollgate/testing';
import { compileSnapshot, type CompiledSnapshot } from '@tollgate/execute-api';
import { startDataPlane } from '../src/server';
import { answerCpuProbes } from './cpu-probe';

/**
 * The data plane under test, in its own process (one core, like production): in-memory store with
 * one API `benchapi01`, stage `bench`, `GET /items/{id}` proxied to the backend given as argv[2].
 */
export const BENCH_API_ID = 'benchapi01';

async function main(): Promise<void> {
  const backend = process.argv[2];
  const snapshot = buildSnapshot({
    restApiId: BENCH_API_ID,
    resources: [buildResource('/items/{id}', { GET: buildMethod({ integration: buildHttpProxyIntegration(`${backend}/items/{id}`) }) })],
  });
  const store = new InMemorySnapshotStore<CompiledSnapshot>(compileSnapshot);
  store.put(buildStageRecord({ stageName: 'bench' }, snapshot), snapshot);
  const running = await startDataPlane({ store, httpPort: 0 });
  process.send?.({ url: running.httpUrl });
  answerCpuProbes();
process.on('disconnect', () => void running.close().then(() => process.exit(0)));
  process.on('SIGINT', () => process.exit(0));
}

void main();
