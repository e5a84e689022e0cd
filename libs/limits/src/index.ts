export * from './limit-request';
export * from './limiter';
export * from './plan-limit-request';
export * from './script-runner';
export { LIMIT_SCRIPT } from './limit-script';
export { createRespLimiter, LIMIT_SCRIPT_SHA, LOAD_LIMIT_SCRIPT } from './resp-limiter';
export { RespConnection, RespUnavailableError, type RespConnectionOptions } from './resp/resp-connection';
