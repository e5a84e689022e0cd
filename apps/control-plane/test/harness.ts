export * from './start-control-plane';
export * from './sdk-client';
export * from './create-test-account';
export * from './aws-failure';
export * from './queue-inspector';
export * from './rest-api.fixtures';
export * from './with-control-plane';
export * from './signed-fetch';
