import { STAGE_RECORD_SCHEMA_VERSION, type Snapshot, type StageRecord } from '@tollgate/model';

/** A stage record; pass the snapshot it serves to copy its ids. */
export function buildStageRecord(overrides: Partial<StageRecord> = {}, snapshot?: Snapshot): StageRecord {
  return {
    schemaVersion: STAGE_RECORD_SCHEMA_VERSION,
    accountId: snapshot?.accountId ?? '000000000000',
    region: snapshot?.region ?? 'us-east-1',
    restApiId: snapshot?.restApiId ?? 'abc123defg',
    stageName: 'dev',
    deploymentId: snapshot?.deploymentId ?? 'dep0000001',
    variables: {},
    methodSettings: {},
    cacheClusterEnabled: false,
    tracingEnabled: false,
    updatedAt: 1_700_000_000_000,
    ...overrides,
  };
}
