/**
 * The data plane's only reader of process.env: parsed once at start, every problem reported together,
 * returned frozen and grouped. Pass the result in; never import it as a global.
 */
export interface DataPlaneConfig {
  readonly http: { readonly host: string; readonly httpPort: number; readonly httpsPort: number };
  readonly domain: string;
  readonly tls: { readonly certFile: string; readonly keyFile: string } | { readonly dir: string };
  readonly redis: { readonly url: string; readonly keyPrefix: string };
  readonly integration: { readonly timeoutCapMs: number };
  /** Deadline of the per-request limiter call; past it the request is admitted unchecked (fail open). */
  readonly limits: { readonly timeoutMs: number };
  readonly logLevel: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): DataPlaneConfig {
  const problems: string[] = [];
  const port = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0 || value > 65535) problems.push(`${name} must be a port number (0-65535), got '${raw}'`);
    return value;
  };
  const text = (name: string, fallback: string): string => (env[name] === undefined || env[name] === '' ? fallback : String(env[name]));

  const certFile = env.DP_TLS_CERT_FILE;
  const keyFile = env.DP_TLS_KEY_FILE;
  if (Boolean(certFile) !== Boolean(keyFile)) problems.push('DP_TLS_CERT_FILE and DP_TLS_KEY_FILE must be set together');

  const rawTimeout = text('DP_INTEGRATION_TIMEOUT_MS', '29000');
  const timeoutCapMs = Number(rawTimeout);
  if (!Number.isInteger(timeoutCapMs) || timeoutCapMs < 50) problems.push(`DP_INTEGRATION_TIMEOUT_MS must be an integer >= 50, got '${rawTimeout}'`);

  const rawLimitsTimeout = text('DP_LIMITS_TIMEOUT_MS', '500');
  const limitsTimeoutMs = Number(rawLimitsTimeout);
  if (!Number.isInteger(limitsTimeoutMs) || limitsTimeoutMs < 1) problems.push(`DP_LIMITS_TIMEOUT_MS must be an integer >= 1, got '${rawLimitsTimeout}'`);

  const logLevel = text('DP_LOG_LEVEL', 'info');
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`DP_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got '${logLevel}'`);

  const redisUrl = text('REDIS_URL', 'redis://127.0.0.1:6379');
  if (!/^rediss?:\/\//.test(redisUrl)) problems.push(`REDIS_URL must start with redis:// or rediss://, got '${redisUrl}'`);

  const config: DataPlaneConfig = {
    http: { host: text('DP_HOST', '0.0.0.0'), httpPort: port('DP_HTTP_PORT', 4567), httpsPort: port('DP_HTTPS_PORT', 4443) },
    domain: text('DP_DOMAIN', 'localhost'),
    tls: certFile && keyFile ? { certFile, keyFile } : { dir: text('DP_TLS_DIR', 'var/tls') },
    redis: { url: redisUrl, keyPrefix: text('DP_REDIS_KEY_PREFIX', 'tg:1:') },
    integration: { timeoutCapMs },
    limits: { timeoutMs: limitsTimeoutMs },
    logLevel,
  };
  if (problems.length > 0) throw new ConfigError(`Invalid data-plane configuration:\n- ${problems.join('\n- ')}`);
  return deepFreeze(config);
}

function deepFreeze<T extends object>(value: T): T {
  for (const member of Object.values(value)) {
    if (typeof member === 'object' && member !== null) deepFreeze(member as object);
  }
  return Object.freeze(value);
}
