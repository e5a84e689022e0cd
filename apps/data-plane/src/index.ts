export { startDataPlane, type DataPlaneOptions, type RunningDataPlane } from './server';
export { compileSnapshot, type CompiledSnapshot } from '@tollgate/execute-api';
export { loadConfig, type DataPlaneConfig } from './config';
export { generateSelfSigned, type TlsCredentials } from './tls/tls-credentials';
