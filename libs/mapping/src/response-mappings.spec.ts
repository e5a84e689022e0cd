import { MappingCompileError } from './mapping-error';
import { compileResponseMappings, evaluateResponseMappings, type ResponseMappingSource } from './response-mappings';

const SOURCE: ResponseMappingSource = {
  headers: { 'content-type': 'application/json', 'x-upstream': 'up', 'set-cookie': ['a=1', 'b=2'], 'X-Exact': 'exact', empty: '' },
  body: '{"redirect": {"url": "https://example.com/next"}, "count": 3, "items": [{"id": "i1"}], "nil": null}',
  context: { requestId: 'req-9', identity: { sourceIp: '1.2.3.4' } },
  stageVariables: { origin: 'https://app.example.com' },
};

function map(responseParameters: Record<string, string>, source: Partial<ResponseMappingSource> = {}) {
  return evaluateResponseMappings(compileResponseMappings(responseParameters), { ...SOURCE, ...source });
}

describe('evaluateResponseMappings', () => {
  it.each<[string, string, string | undefined]>([
    ['endpoint header (Node lower-case names)', 'integration.response.header.X-Upstream', 'up'],
    ['endpoint header, exact name', 'integration.response.header.X-Exact', 'exact'],
    ['endpoint header, case-insensitive', 'integration.response.header.x-exact', 'exact'],
    ['endpoint header list: last value', 'integration.response.header.Set-Cookie', 'b=2'],
    ['multivalueheader: joined', 'integration.response.multivalueheader.set-cookie', 'a=1,b=2'],
    ['multivalueheader of a single value', 'integration.response.multivalueheader.x-upstream', 'up'],
    ['whole body', 'integration.response.body', SOURCE.body as string],
    ['body JSONPath (AWS docs example)', 'integration.response.body.redirect.url', 'https://example.com/next'],
    ['body JSONPath number', 'integration.response.body.count', '3'],
    ['body JSONPath into a list', 'integration.response.body.items[0].id', 'i1'],
    ['body JSONPath object', 'integration.response.body.redirect', '{"url":"https://example.com/next"}'],
    ['context', 'context.requestId', 'req-9'],
    ['context dotted', 'context.identity.sourceIp', '1.2.3.4'],
    ['stage variable', 'stageVariables.origin', 'https://app.example.com'],
    ['static (CORS)', "'*'", '*'],
    ['static with commas', "'GET,OPTIONS,POST'", 'GET,OPTIONS,POST'],
    ['missing header', 'integration.response.header.nope', undefined],
    ['empty header', 'integration.response.header.empty', undefined],
    ['body JSONPath null', 'integration.response.body.nil', undefined],
    ['body JSONPath missing', 'integration.response.body.nope', undefined],
    ['missing stage variable', 'stageVariables.nope', undefined],
  ])('%s', (_name, expression, expected) => {
    expect(map({ 'method.response.header.Out': expression })).toEqual(expected === undefined ? {} : { Out: expected });
  });

  it.each([
    ['non-JSON body', 'plain text'],
    ['broken JSON body', '{"redirect": '],
    ['empty body', ''],
    ['no body', undefined],
  ])('a %s yields nothing for a JSONPath (never an error)', (_name, body) => {
    expect(map({ 'method.response.header.Out': 'integration.response.body.redirect.url' }, { body })).toEqual({});
  });

  it('reads a byte body', () => {
    const body = new TextEncoder().encode('{"a": "b"}');
    expect(map({ 'method.response.header.Out': 'integration.response.body.a' }, { body })).toEqual({ Out: 'b' });
  });

  it('maps several headers at once', () => {
    expect(map({
      'method.response.header.Access-Control-Allow-Origin': "'*'",
      'method.response.header.Location': 'integration.response.body.redirect.url',
      'method.response.header.x-user-id': 'integration.response.header.x-upstream',
    })).toEqual({ 'Access-Control-Allow-Origin': '*', Location: 'https://example.com/next', 'x-user-id': 'up' });
  });
});

describe('compileResponseMappings: validation', () => {
  const message = (errors: string) => `Invalid mapping expression specified: Validation Result: warnings : [], errors : [${errors}]`;

  it.each([
    ['method.response.body', "'x'", 'Invalid mapping expression specified: method.response.body'],
    ['method.response.header', "'x'", 'Invalid mapping expression specified: method.response.header'],
    ['integration.request.header.x', "'x'", 'Invalid mapping expression specified: integration.request.header.x'],
    ['method.response.header.x', 'method.request.header.y', 'Invalid mapping expression parameter specified: method.request.header.y'],
    ['method.response.header.x', 'integration.response.path.y', 'Invalid mapping expression parameter specified: integration.response.path.y'],
    ['method.response.header.x', 'integration.response.querystring.y', 'Invalid mapping expression parameter specified: integration.response.querystring.y'],
    ['method.response.header.x', 'integration.response.body[', 'Invalid mapping expression parameter specified: integration.response.body['],
    ['method.response.header.x', 'nonsense', 'Invalid mapping expression parameter specified: nonsense'],
  ])('%s = %j', (target, source, error) => {
    expect(() => compileResponseMappings({ [target]: source })).toThrow(new MappingCompileError(message(error)));
  });

  it('refuses headers the method response does not declare', () => {
    const methodResponseParameters = { 'method.response.header.Declared': false };
    expect(() => compileResponseMappings({ 'method.response.header.Other': "'x'" }, { methodResponseParameters }))
      .toThrow(message('Invalid mapping expression parameter specified: method.response.header.Other'));
    expect(compileResponseMappings({ 'method.response.header.Declared': "'x'" }, { methodResponseParameters }).mappings).toHaveLength(1);
  });

  it('knows when the body is needed', () => {
    expect(compileResponseMappings({ 'method.response.header.a': "'x'" }).usesBody).toBe(false);
    expect(compileResponseMappings({ 'method.response.header.a': 'integration.response.body' }).usesBody).toBe(true);
    expect(compileResponseMappings(undefined).mappings).toEqual([]);
  });
});

describe('evaluateResponseMappings: hostile names', () => {
  it.each(['integration.response.header.constructor', 'integration.response.multivalueheader.toString', 'stageVariables.__proto__', 'integration.response.body.constructor'])(
    'never reads Object.prototype through %s', (expression) => {
      expect(map({ 'method.response.header.Out': expression })).toEqual({});
    },
  );

  it('writes a __proto__ header as a plain entry', () => {
    const result = map({ 'method.response.header.__proto__': "'x'" });
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(result, '__proto__')?.value).toBe('x');
  });
});
