export * from './rest-api-graph';
export * from './snapshot-compile-error';
export * from './compile-snapshot';
export * from './canonical-json';
export * from './resolve-models';
