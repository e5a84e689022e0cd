/** Payloads carry ids only; the worker reads the current state from Postgres, so replays are idempotent. */
export interface PublishStagePayload {
  accountId: string;
  restApiId: string;
  stageName: string;
}

export interface UnpublishStagePayload {
  accountId: string;
  restApiId: string;
  stageName: string;
}

export interface JobsByName {
  'publish-stage': PublishStagePayload;
  'unpublish-stage': UnpublishStagePayload;
}

export type JobName = keyof JobsByName;
