import { DEFAULT_KEY_PREFIX } from '@tollgate/model';

/** Typed, grouped, frozen control-plane settings; built once from the environment at start-up. */
export interface ControlPlaneConfig {
  readonly http: { readonly host: string; readonly port: number; readonly maxBodyBytes: number };
  readonly database: { readonly url: string; readonly poolSize: number };
  /** `keyPrefix`: Redis key prefix shared with the worker and data plane (usage counters, quotas). */
  readonly redis: { readonly url: string; readonly keyPrefix: string };
  /** BullMQ key prefix; must match the worker's WORKER_QUEUE_PREFIX. */
  readonly queue: { readonly prefix: string };
  readonly logLevel: LogLevel;
}

export const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type Environment = Readonly<Record<string, string | undefined>>;

const DEFAULTS = {
  CP_HOST: '0.0.0.0',
  CP_PORT: '4566',
  CP_MAX_BODY_BYTES: String(10 * 1024 * 1024),
  CP_DATABASE_POOL_SIZE: '10',
  CP_QUEUE_PREFIX: 'bull',
  CP_LOG_LEVEL: 'log',
  CP_REDIS_KEY_PREFIX: DEFAULT_KEY_PREFIX,
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
  REDIS_URL: 'redis://127.0.0.1:6379',
} as const;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid control-plane configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** Parses every variable and reports all invalid ones together. */
export function parseControlPlaneConfig(env: Environment): ControlPlaneConfig {
  const problems: string[] = [];
  const read = (name: keyof typeof DEFAULTS): string => {
    const value = env[name];
    return value === undefined || value.trim() === '' ? DEFAULTS[name] : value.trim();
  };
  const integer = (name: keyof typeof DEFAULTS, min: number, max: number): number => {
    const raw = read(name);
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
      return Number(DEFAULTS[name]);
    }
    return value;
  };
  const url = (name: 'DATABASE_URL' | 'REDIS_URL', protocols: string[]): string => {
    const raw = read(name);
    try {
      const parsed = new URL(raw);
      if (!protocols.includes(parsed.protocol)) problems.push(`${name} must use ${protocols.join(' or ')} (got "${parsed.protocol}")`);
    } catch {
      problems.push(`${name} is not a valid URL`);
    }
    return raw;
  };
  const logLevel = read('CP_LOG_LEVEL');
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) problems.push(`CP_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}")`);
  const queuePrefix = read('CP_QUEUE_PREFIX');
  if (queuePrefix.includes(':')) problems.push('CP_QUEUE_PREFIX must not contain ":"');
  const keyPrefix = read('CP_REDIS_KEY_PREFIX');
  // Limit keys carry a `{a:<account>}` hash tag; a brace in the prefix would change the slot.
  if (/[\s{}]/.test(keyPrefix)) problems.push(`CP_REDIS_KEY_PREFIX must not contain whitespace or braces (got "${keyPrefix}")`);

  const config: ControlPlaneConfig = {
    http: { host: read('CP_HOST'), port: integer('CP_PORT', 0, 65535), maxBodyBytes: integer('CP_MAX_BODY_BYTES', 1024, 100 * 1024 * 1024) },
    database: { url: url('DATABASE_URL', ['postgres:', 'postgresql:']), poolSize: integer('CP_DATABASE_POOL_SIZE', 1, 200) },
    redis: { url: url('REDIS_URL', ['redis:', 'rediss:']), keyPrefix },
    queue: { prefix: queuePrefix },
    logLevel: logLevel as LogLevel,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return deepFreeze(config);
}

/** The only place the control plane reads process.env. */
export function loadControlPlaneConfig(): ControlPlaneConfig {
  return parseControlPlaneConfig(process.env);
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) if (child && typeof child === 'object') deepFreeze(child as object);
  return Object.freeze(value);
}
