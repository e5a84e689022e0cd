import { createRequire } from 'node:module';

/** The slice of autocannon's API the bench uses (the package ships no types). */
export interface LoadResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  method?: string;
  body?: string;
}

const load = createRequire(__filename)('autocannon') as (options: LoadOptions) => Promise<LoadResult>;

export function runLoad(options: LoadOptions): Promise<LoadResult> {
  return load(options);
}
