import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    expect(loadConfig({})).toEqual({
      http: { host: '0.0.0.0', httpPort: 4567, httpsPort: 4443 },
      domain: 'localhost',
      tls: { dir: 'var/tls' },
      redis: { url: 'redis://127.0.0.1:6379', keyPrefix: 'tg:1:' },
      integration: { timeoutCapMs: 29000 },
      limits: { timeoutMs: 500 },
      logLevel: 'info',
    });
  });

  it('reads every variable and returns a frozen object', () => {
    const config = loadConfig({
      DP_HTTP_PORT: '8080', DP_HTTPS_PORT: '8443', DP_HOST: '127.0.0.1', DP_DOMAIN: 'gw.example', DP_TLS_CERT_FILE: '/c.pem',
      DP_TLS_KEY_FILE: '/k.pem', REDIS_URL: 'rediss://r:6380', DP_REDIS_KEY_PREFIX: 'x:1:', DP_INTEGRATION_TIMEOUT_MS: '5000', DP_LOG_LEVEL: 'warn',
    });
    expect(config).toMatchObject({ http: { httpPort: 8080, httpsPort: 8443, host: '127.0.0.1' }, domain: 'gw.example', tls: { certFile: '/c.pem', keyFile: '/k.pem' } });
    expect(config.integration.timeoutCapMs).toBe(5000);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.http)).toBe(true);
  });

  it('reports every invalid variable together', () => {
    let error: unknown;
    try {
      loadConfig({ DP_HTTP_PORT: 'abc', DP_HTTPS_PORT: '70000', DP_TLS_CERT_FILE: '/c.pem', DP_INTEGRATION_TIMEOUT_MS: '10', DP_LOG_LEVEL: 'loud', REDIS_URL: 'http://x' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of ['DP_HTTP_PORT', 'DP_HTTPS_PORT', 'DP_TLS_CERT_FILE and DP_TLS_KEY_FILE', 'DP_INTEGRATION_TIMEOUT_MS', 'DP_LOG_LEVEL', 'REDIS_URL']) {
      expect(message).toContain(name);
    }
  });
});
