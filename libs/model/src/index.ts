export * from './snapshot';
export * from './stage-record';
export * from './limit-records';
export * from './redis-keys';
export * from './gateway-response-type';
export * from './content-hash';
