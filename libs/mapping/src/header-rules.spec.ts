import { buildIntegrationRequestHeaders, isIllegalMappedHeader, remapResponseHeaders } from './header-rules';

describe('remapResponseHeaders', () => {
  const ENDPOINT = {
    connection: 'keep-alive', 'content-length': '12', date: 'Tue', server: 'nginx', 'transfer-encoding': 'chunked',
    'content-encoding': 'gzip', via: '1.1 proxy', authorization: 'secret', 'user-agent': 'ua', host: 'h',
    'www-authenticate': 'Basic', 'content-md5': 'md5', 'x-custom': 'c', 'set-cookie': ['a=1', 'b=2'], 'content-type': 'text/plain',
  };

  it('HTTP_PROXY: drops Transfer-Encoding, Content-Encoding, Via; remaps the common four', () => {
    expect(remapResponseHeaders(ENDPOINT, 'HTTP_PROXY')).toEqual({
      'x-amzn-Remapped-Connection': 'keep-alive', 'x-amzn-Remapped-Content-Length': '12', 'x-amzn-Remapped-Date': 'Tue',
      'x-amzn-Remapped-Server': 'nginx', authorization: 'secret', 'user-agent': 'ua', host: 'h', 'www-authenticate': 'Basic',
      'content-md5': 'md5', 'x-custom': 'c', 'set-cookie': ['a=1', 'b=2'], 'content-type': 'text/plain',
    });
  });

  it('HTTP: also remaps Authorization, User-Agent, Host, WWW-Authenticate, Content-MD5; keeps Content-Encoding and Via', () => {
    expect(remapResponseHeaders(ENDPOINT, 'HTTP')).toEqual({
      'x-amzn-Remapped-Connection': 'keep-alive', 'x-amzn-Remapped-Content-Length': '12', 'x-amzn-Remapped-Date': 'Tue',
      'x-amzn-Remapped-Server': 'nginx', 'content-encoding': 'gzip', via: '1.1 proxy', 'x-amzn-Remapped-Authorization': 'secret',
      'x-amzn-Remapped-User-Agent': 'ua', 'x-amzn-Remapped-Host': 'h', 'x-amzn-Remapped-WWW-Authenticate': 'Basic',
      'x-amzn-Remapped-Content-MD5': 'md5', 'x-custom': 'c', 'set-cookie': ['a=1', 'b=2'], 'content-type': 'text/plain',
    });
  });

  it.each([
    ['MOCK', 'Authorization', 'Authorization'],
    ['AWS_PROXY', 'Authorization', 'Authorization'],
    ['AWS', 'Authorization', 'x-amzn-Remapped-Authorization'],
    ['AWS', 'Max-Forwards', 'x-amzn-Remapped-Max-Forwards'],
    ['HTTP', 'Trailer', 'x-amzn-Remapped-Trailer'],
    ['HTTP', 'Upgrade', 'x-amzn-Remapped-Upgrade'],
    ['HTTP', 'Expect', 'x-amzn-Remapped-Expect'],
    ['HTTP', 'Proxy-Authenticate', 'x-amzn-Remapped-Proxy-Authenticate'],
    ['MOCK', 'Content-Length', 'x-amzn-Remapped-Content-Length'],
    ['MOCK', 'DATE', 'x-amzn-Remapped-Date'],
    ['AWS_PROXY', 'Server', 'x-amzn-Remapped-Server'],
    ['MOCK', 'X-Custom', 'X-Custom'],
  ] as const)('%s: %s -> %s', (type, name, expected) => {
    expect(Object.keys(remapResponseHeaders({ [name]: 'v' }, type))).toEqual([expected]);
  });

  it.each(['HTTP', 'HTTP_PROXY', 'MOCK', 'AWS', 'AWS_PROXY'] as const)('%s drops Transfer-Encoding', (type) => {
    expect(remapResponseHeaders({ 'Transfer-Encoding': 'chunked', a: 'b', gone: undefined }, type)).toEqual({ a: 'b' });
  });
});

describe('isIllegalMappedHeader', () => {
  it.each([
    ['content-length', 'HTTP', true], ['Transfer-Encoding', 'MOCK', true], ['X-Amzn-Trace-Id', 'HTTP_PROXY', true],
    ['X-Amzn-Apigateway-Api-Id', 'HTTP', true], ['Authorization', 'HTTP', false], ['Authorization', 'AWS', true],
    ['connection', 'AWS_PROXY', true], ['te', 'AWS', true], ['te', 'HTTP', false], ['x-api-key', 'AWS', false],
  ] as const)('%s for %s: %s', (name, type, expected) => {
    expect(isIllegalMappedHeader(name, type)).toBe(expected);
  });
});

describe('buildIntegrationRequestHeaders', () => {
  const base = { restApiId: 'abc123defg', traceId: 'Root=1-a-b', httpMethod: 'POST', contentType: 'application/xml', headers: {} };

  it('adds AWS defaults to an HTTP integration request', () => {
    expect(buildIntegrationRequestHeaders({ ...base, integrationType: 'HTTP' })).toEqual({
      Accept: ['application/json'], 'User-Agent': ['AmazonAPIGateway_abc123defg'], 'Content-Type': ['application/xml'],
      'X-Amzn-Trace-Id': ['Root=1-a-b'], 'x-amzn-apigateway-api-id': ['abc123defg'],
    });
  });

  it('keeps mapped Accept, User-Agent and Content-Type (any case)', () => {
    const headers = buildIntegrationRequestHeaders({
      ...base, integrationType: 'HTTP', headers: { accept: ['text/xml'], 'user-agent': ['mine'], 'CONTENT-TYPE': ['text/plain'] },
    });
    expect(headers).toEqual({
      accept: ['text/xml'], 'user-agent': ['mine'], 'CONTENT-TYPE': ['text/plain'],
      'X-Amzn-Trace-Id': ['Root=1-a-b'], 'x-amzn-apigateway-api-id': ['abc123defg'],
    });
  });

  it.each(['GET', 'HEAD', 'OPTIONS', 'get'])('does not copy Content-Type for %s', (httpMethod) => {
    expect(buildIntegrationRequestHeaders({ ...base, httpMethod, integrationType: 'HTTP' })['Content-Type']).toBeUndefined();
  });

  it.each([
    ['HTTP', ['Expect', 'Proxy-Authenticate', 'TE', 'Via'], ['Referer']],
    ['HTTP_PROXY', ['Expect', 'Proxy-Authenticate', 'TE', 'Via'], ['Referer']],
    ['AWS', ['Expect', 'Proxy-Authenticate', 'TE', 'Referer'], ['Via']],
    ['MOCK', ['Expect', 'Proxy-Authenticate', 'TE'], ['Via', 'Referer']],
  ] as const)('%s drops %j and keeps %j', (integrationType, dropped, kept) => {
    const headers = Object.fromEntries([...dropped, ...kept].map((name) => [name.toLowerCase(), ['v']]));
    const result = buildIntegrationRequestHeaders({ ...base, integrationType, headers });
    for (const name of dropped) expect(result[name.toLowerCase()]).toBeUndefined();
    for (const name of kept) expect(result[name.toLowerCase()]).toEqual(['v']);
  });

  it('replaces client trace and api id headers with its own', () => {
    const result = buildIntegrationRequestHeaders({
      ...base, integrationType: 'HTTP_PROXY', headers: { 'x-amzn-trace-id': ['forged'], 'X-Amzn-Apigateway-Api-Id': ['forged'] },
    });
    expect(result['x-amzn-trace-id']).toBeUndefined();
    expect(result['X-Amzn-Trace-Id']).toEqual(['Root=1-a-b']);
    expect(result['x-amzn-apigateway-api-id']).toEqual(['abc123defg']);
    expect(Object.keys(result).filter((name) => name.toLowerCase() === 'x-amzn-apigateway-api-id')).toHaveLength(1);
  });

  it.each(['AWS', 'AWS_PROXY'] as const)('%s gets no X-Amzn-Apigateway-Api-Id', (integrationType) => {
    expect(buildIntegrationRequestHeaders({ ...base, integrationType })['x-amzn-apigateway-api-id']).toBeUndefined();
  });
});
