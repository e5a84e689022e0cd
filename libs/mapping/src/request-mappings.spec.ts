import { MappingCompileError, MappingError } from './mapping-error';
import { compileRequestMappings, evaluateRequestMappings, type RequestMappingSource } from './request-mappings';

const SOURCE: RequestMappingSource = {
  pathParameters: { id: 'test%2Balias@gmail.com', empty: '' },
  multiValueQueryStringParameters: { q: ['first', 'last'], one: ['only'], blank: [''], none: [] },
  multiValueHeaders: { 'X-Client': ['a', 'b'], 'x-lower': ['low'], Authorization: ['token'] },
  body: '{"user": {"name": "ann", "age": 30, "tags": ["x", "y"], "nil": null}, "list": [{"id": 1}, {"id": 2}]}',
  context: { requestId: 'req-1', identity: { sourceIp: '10.0.0.1', apiKey: null }, requestTimeEpoch: 1700000000000, authorizer: { claims: { sub: 'u1' } } },
  stageVariables: { backend: 'b.example.com', empty: '' },
};

function map(requestParameters: Record<string, string>, source: Partial<RequestMappingSource> = {}) {
  return evaluateRequestMappings(compileRequestMappings(requestParameters), { ...SOURCE, ...source });
}

describe('evaluateRequestMappings: sources', () => {
  it.each<[string, string, Record<string, string[]>]>([
    ['path parameter, kept URL-encoded', 'method.request.path.id', { h: ['test%2Balias@gmail.com'] }],
    ['querystring: last value', 'method.request.querystring.q', { h: ['last'] }],
    ['multivaluequerystring into a header: joined', 'method.request.multivaluequerystring.q', { h: ['first,last'] }],
    ['header: last value, exact case', 'method.request.header.X-Client', { h: ['b'] }],
    ['header: lower-case name as received', 'method.request.header.x-lower', { h: ['low'] }],
    ['multivalueheader: joined with commas', 'method.request.multivalueheader.X-Client', { h: ['a,b'] }],
    ['header names ignore case: asked in lower case', 'method.request.header.x-client', { h: ['b'] }],
    ['header names ignore case: lower-case name asked in capitals', 'method.request.header.X-Lower', { h: ['low'] }],
    ['multivalue header asked in another case', 'method.request.multivalueheader.AUTHORIZATION', { h: ['token'] }],
    ['whole body', 'method.request.body', { h: [SOURCE.body as string] }],
    ['body JSONPath string', 'method.request.body.user.name', { h: ['ann'] }],
    ['body JSONPath number', 'method.request.body.user.age', { h: ['30'] }],
    ['body JSONPath list as JSON', 'method.request.body.user.tags', { h: ['["x","y"]'] }],
    ['body JSONPath object as JSON', 'method.request.body.list[1]', { h: ['{"id":2}'] }],
    ['body JSONPath wildcard', 'method.request.body.list[*].id', { h: ['[1,2]'] }],
    ['context, top level', 'context.requestId', { h: ['req-1'] }],
    ['context, dotted', 'context.identity.sourceIp', { h: ['10.0.0.1'] }],
    ['context, deep', 'context.authorizer.claims.sub', { h: ['u1'] }],
    ['context, number as text', 'context.requestTimeEpoch', { h: ['1700000000000'] }],
    ['stage variable', 'stageVariables.backend', { h: ['b.example.com'] }],
    ['static literal', "'application/xml'", { h: ['application/xml'] }],
    ['static literal with spaces and quotes', "'a 'b' c'", { h: ["a 'b' c"] }],
  ])('%s', (_name, expression, header) => {
    expect(map({ 'integration.request.header.h': expression })).toEqual({ header, querystring: {}, path: {} });
  });

  it.each([
    ['missing path parameter', 'method.request.path.nope'],
    ['empty path parameter', 'method.request.path.empty'],
    ['missing querystring', 'method.request.querystring.nope'],
    ['empty querystring', 'method.request.querystring.blank'],
    ['querystring with no values', 'method.request.querystring.none'],
    ['missing header', 'method.request.header.nope'],
    ['inherited property name', 'method.request.header.constructor'],
    ['missing multivalue header', 'method.request.multivalueheader.nope'],
    ['body path to null', 'method.request.body.user.nil'],
    ['body path missing', 'method.request.body.user.nope'],
    ['context object (not a scalar)', 'context.identity'],
    ['context null', 'context.identity.apiKey'],
    ['missing context', 'context.nope.deeper'],
    ['missing stage variable', 'stageVariables.nope'],
    ['empty stage variable', 'stageVariables.empty'],
    ['empty static', "''"],
  ])('skips %s', (_name, expression) => {
    expect(map({ 'integration.request.header.h': expression })).toEqual({ header: {}, querystring: {}, path: {} });
  });
});

describe('evaluateRequestMappings: targets', () => {
  it('fills header, querystring and path targets', () => {
    expect(map({
      'integration.request.header.X-Id': 'method.request.path.id',
      'integration.request.querystring.single': 'method.request.querystring.one',
      'integration.request.querystring.all': 'method.request.multivaluequerystring.q',
      'integration.request.multivaluequerystring.mq': 'method.request.multivaluequerystring.q',
      'integration.request.multivalueheader.X-Multi': 'method.request.multivaluequerystring.q',
      'integration.request.path.userId': 'method.request.body.user.name',
      'integration.request.path.joined': 'method.request.multivaluequerystring.q',
    })).toEqual({
      header: { 'X-Id': ['test%2Balias@gmail.com'], 'X-Multi': ['first', 'last'] },
      querystring: { single: ['only'], all: ['first', 'last'], mq: ['first', 'last'] },
      path: { userId: 'ann', joined: 'first,last' },
    });
  });
});

describe('evaluateRequestMappings: body parsing', () => {
  it.each([
    ['non-JSON text reads as {}', 'plain text', undefined],
    ['XML reads as {}', '<a>1</a>', undefined],
    ['leading white space before JSON', '  \n{"user": {"name": "bo"}}', 'bo'],
    ['empty body', '', undefined],
    ['bytes', new TextEncoder().encode('{"user": {"name": "cy"}}'), 'cy'],
    ['top-level list', '[{"a": 1}]', undefined],
  ])('%s', (_name, body, expected) => {
    const result = map({ 'integration.request.header.h': 'method.request.body.user.name' }, { body });
    expect(result.header.h).toEqual(expected === undefined ? undefined : [expected]);
  });

  it.each(['{"broken": ', '[1, 2', '"unterminated', "'single quoted'", '{name: 1}'])('400 for JSON-looking %j', (body) => {
    const run = () => map({ 'integration.request.header.h': 'method.request.body.user' }, { body });
    expect(run).toThrow(MappingError);
    try {
      run();
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_JSON_BODY', statusCode: 400, responseType: 'DEFAULT_4XX', message: 'Invalid JSON in request body' });
    }
  });

  it('does not parse the body when no mapping reads it', () => {
    const compiled = compileRequestMappings({ 'integration.request.header.h': 'method.request.path.id' });
    expect(compiled.usesBody).toBe(false);
    expect(evaluateRequestMappings(compiled, { ...SOURCE, body: '{"broken": ' }).header.h).toEqual(['test%2Balias@gmail.com']);
    expect(compileRequestMappings({ 'integration.request.header.h': 'method.request.body' }).usesBody).toBe(true);
    expect(compileRequestMappings({ 'integration.request.header.h': 'method.request.body.a' }).usesBody).toBe(true);
  });
});

describe('evaluateRequestMappings: reserved headers', () => {
  it.each([
    ['HTTP', 'Content-Length'],
    ['HTTP', 'transfer-encoding'],
    ['HTTP', 'X-Amzn-Trace-Id'],
    ['HTTP', 'x-amzn-apigateway-api-id'],
    ['HTTP_PROXY', 'content-length'],
    ['AWS', 'Authorization'],
    ['AWS', 'Connection'],
    ['AWS', 'Expect'],
    ['AWS_PROXY', 'TE'],
    ['AWS', 'proxy-authenticate'],
  ] as const)('%s refuses a mapped %s with 500', (integrationType, name) => {
    const compiled = compileRequestMappings({ [`integration.request.header.${name}`]: "'1'" }, { integrationType });
    expect(() => evaluateRequestMappings(compiled, SOURCE)).toThrow(expect.objectContaining({
      code: 'ILLEGAL_HEADER', statusCode: 500, responseType: 'API_CONFIGURATION_ERROR', message: 'Internal server error',
    }));
  });

  it.each([
    ['HTTP', 'Authorization'],
    ['HTTP', 'Connection'],
    ['MOCK', 'Expect'],
    ['HTTP', 'X-Custom'],
  ] as const)('%s allows %s', (integrationType, name) => {
    const compiled = compileRequestMappings({ [`integration.request.header.${name}`]: "'1'" }, { integrationType });
    expect(evaluateRequestMappings(compiled, SOURCE).header[name]).toEqual(['1']);
  });

  it('only fails when a value is actually mapped', () => {
    const compiled = compileRequestMappings({ 'integration.request.header.Content-Length': 'method.request.header.nope' });
    expect(evaluateRequestMappings(compiled, SOURCE).header).toEqual({});
  });
});

describe('compileRequestMappings: validation', () => {
  const message = (errors: string) => `Invalid mapping expression specified: Validation Result: warnings : [], errors : [${errors}]`;

  it.each([
    ['integration.request.body', 'method.request.path.id', 'Invalid mapping expression specified: integration.request.body'],
    ['integration.request.header', "'x'", 'Invalid mapping expression specified: integration.request.header'],
    ['integration.response.header.x', "'x'", 'Invalid mapping expression specified: integration.response.header.x'],
    ['method.request.header.x', "'x'", 'Invalid mapping expression specified: method.request.header.x'],
    ['integration.request.header.x', 'method.request.cookie.x', 'Invalid mapping expression parameter specified: method.request.cookie.x'],
    ['integration.request.header.x', 'method.request.path', 'Invalid mapping expression parameter specified: method.request.path'],
    ['integration.request.header.x', 'method.request.body..a', 'Invalid mapping expression parameter specified: method.request.body..a'],
    ['integration.request.header.x', 'integration.response.header.a', 'Invalid mapping expression parameter specified: integration.response.header.a'],
    ['integration.request.header.x', 'stageVariables.', 'Invalid mapping expression parameter specified: stageVariables.'],
    ['integration.request.header.x', 'context.', 'Invalid mapping expression parameter specified: context.'],
    ['integration.request.header.x', "'unterminated", "Invalid mapping expression parameter specified: 'unterminated"],
    ['integration.request.header.x', 'static', 'Invalid mapping expression parameter specified: static'],
    ['integration.request.header.x', '', 'Invalid mapping expression parameter specified: '],
  ])('%s = %j', (target, source, error) => {
    expect(() => compileRequestMappings({ [target]: source })).toThrow(new MappingCompileError(message(error)));
  });

  it('lists every error', () => {
    try {
      compileRequestMappings({ 'integration.request.a.b': "'x'", 'integration.request.header.ok': 'bad.source' });
      throw new Error('expected a MappingCompileError');
    } catch (error) {
      expect(error).toBeInstanceOf(MappingCompileError);
      expect((error as MappingCompileError).errors).toEqual([
        'Invalid mapping expression specified: integration.request.a.b',
        'Invalid mapping expression parameter specified: bad.source',
      ]);
    }
  });

  it('checks sources against the declared method request parameters (AWS example)', () => {
    const methodRequestParameters = { 'method.request.path.id': true, 'method.request.querystring.q': false, 'method.request.header.X-A': false };
    expect(() => compileRequestMappings({ 'integration.request.path.x': 'method.request.path.x' }, { methodRequestParameters }))
      .toThrow('Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: method.request.path.x]');
    expect(() => compileRequestMappings({
      'integration.request.path.id': 'method.request.path.id',
      'integration.request.querystring.q': 'method.request.multivaluequerystring.q',
      'integration.request.header.a': 'method.request.multivalueheader.X-A',
      'integration.request.header.b': 'method.request.body.a',
      'integration.request.header.c': 'context.requestId',
      'integration.request.header.d': "'static'",
    }, { methodRequestParameters })).not.toThrow();
  });

  it('accepts an empty or missing map', () => {
    expect(compileRequestMappings(undefined).mappings).toEqual([]);
    expect(compileRequestMappings({}).usesBody).toBe(false);
  });
});

describe('evaluateRequestMappings: hostile names', () => {
  it.each([
    'method.request.path.constructor',
    'method.request.querystring.toString',
    'method.request.multivaluequerystring.hasOwnProperty',
    'method.request.header.__proto__',
    'stageVariables.constructor',
    'context.constructor',
    'context.identity.__proto__',
    'method.request.body.constructor',
  ])('never reads Object.prototype through %s', (expression) => {
    expect(map({ 'integration.request.header.h': expression })).toEqual({ header: {}, querystring: {}, path: {} });
  });

  it('writes a __proto__ target as a plain entry', () => {
    const result = map({ 'integration.request.header.__proto__': "'x'", 'integration.request.path.__proto__': "'y'" });
    expect(Object.getPrototypeOf(result.header)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(result.header, '__proto__')?.value).toEqual(['x']);
    expect(Object.getOwnPropertyDescriptor(result.path, '__proto__')?.value).toBe('y');
  });

  it('reports a non-string source from a corrupt snapshot as invalid', () => {
    expect(() => compileRequestMappings({ 'integration.request.header.h': 5 as unknown as string }))
      .toThrow('Invalid mapping expression parameter specified: 5');
  });
});
