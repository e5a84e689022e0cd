export * from './start-control-plane';
export * from './sdk-client';
export * from './create-test-account';
