// In-process entry points for tests (the cross-plane e2e suite starts the worker with startWorker).
export * from './start-worker';
export * from './worker-options';
export * from './queue/queue-driver';
export * from './queue/inline-queue.driver';
export * from './queue/permanent-job.error';
export * from './stage-publication/stage-publication.source';
export * from './stage-publication/in-memory-stage-publication.source';
export * from './republish/stage-republish.service';
export * from './reconcile/reconcile-summary';
