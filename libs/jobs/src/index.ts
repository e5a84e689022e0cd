export * from './queues';
export * from './payloads';
export * from './job-producer';
export * from './bull-job-producer';
export * from './resilient-job-producer';
