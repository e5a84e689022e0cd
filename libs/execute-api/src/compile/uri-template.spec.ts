import { compileUri, renderUri, UriTemplateError } from './uri-template';

describe('compileUri / renderUri', () => {
  const params: Record<string, string> = { id: '7', proxy: 'a/b%20c' };
  const render = (uri: string, vars: Record<string, string> = {}) => {
    const compiled = compileUri(uri);
    return { origin: compiled.staticOrigin, rest: renderUri(compiled.parts, (name) => params[name], vars), hasQuery: compiled.hasQuery };
  };

  it.each([
    ['static URI', 'http://b:8080/pets', { origin: 'http://b:8080', rest: '/pets', hasQuery: false }],
    ['origin without a path', 'https://b.example', { origin: 'https://b.example', rest: '/', hasQuery: false }],
    ['{param} and {proxy} substituted raw', 'http://b/p/{id}/{proxy}', { origin: 'http://b', rest: '/p/7/a/b%20c', hasQuery: false }],
    ['missing values become empty', 'http://b/{nope}/${stageVariables.none}', { origin: 'http://b', rest: '//', hasQuery: false }],
    ['query in the template', 'http://b/p?x={id}', { origin: 'http://b', rest: '/p?x=7', hasQuery: true }],
  ])('%s', (_what, uri, expected) => {
    expect(render(uri)).toEqual(expected);
  });

  it('leaves the origin to request time when it holds a stage variable', () => {
    expect(render('http://${stageVariables.host}/v/{id}', { host: 'h:1' })).toEqual({ origin: undefined, rest: 'http://h:1/v/7', hasQuery: false });
    expect(render('${stageVariables.url}/x', { url: 'https://h' })).toEqual({ origin: undefined, rest: 'https://h/x', hasQuery: false });
  });

  it.each(['not a url', 'ftp://b/x', '/relative'])('rejects %s', (uri) => {
    expect(() => compileUri(uri)).toThrow(UriTemplateError);
  });
});
