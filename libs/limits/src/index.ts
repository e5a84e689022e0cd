export * from './limit-request';
export * from './limiter';
export * from './plan-limit-request';
export * from './script-runner';
export { LIMIT_SCRIPT } from './limit-script';
