import type { Logger } from 'pino';
import type { SnapshotReader } from '@tollgate/snapshot-store';
import type { CompiledSnapshot } from '../compile/compiled-snapshot';
import type { UpstreamClient } from '../integrations/upstream-client';
import type { LimitServices } from '../limits/limit-services';

/** Long-lived collaborators the stages use; built once by startDataPlane and shared by all requests. */
export interface PipelineServices {
  readonly store: SnapshotReader<CompiledSnapshot>;
  readonly upstream: UpstreamClient;
  /** Upper bound on any integration's timeoutInMillis (DP_INTEGRATION_TIMEOUT_MS). */
  readonly integrationTimeoutCapMs: number;
  readonly logger: Logger;
  /** API key records, usage plans and the limiter; absent = no limits (apiKeyRequired methods then answer 403). */
  readonly limits?: LimitServices;
}
