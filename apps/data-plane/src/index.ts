export { startDataPlane, type DataPlaneOptions, type RunningDataPlane } from './server';
export { compileSnapshot, type CompiledSnapshot } from './compile/compiled-snapshot';
export { loadConfig, type DataPlaneConfig } from './config';
export { generateSelfSigned, type TlsCredentials } from './tls/tls-credentials';
