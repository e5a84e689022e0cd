import type { HttpMethod, SnapshotResource } from '@tollgate/model';
import { buildMethod, buildResource } from '@tollgate/testing';
import { compileRoutes } from './compile-routes';
import { matchRoute } from './match-route';

/** `spec` maps a path template to the verbs it defines. */
function table(spec: Record<string, HttpMethod[]>) {
  const resources: SnapshotResource[] = Object.entries(spec).map(([path, verbs]) =>
    buildResource(path, Object.fromEntries(verbs.map((v) => [v, buildMethod({ operationName: `${v} ${path}` })]))),
  );
  return compileRoutes(resources);
}

interface Case {
  rule: string;
  routes: Record<string, HttpMethod[]>;
  method: string;
  path: string;
  /** Expected `operationName` (`VERB /template`), or undefined for a miss. */
  expected?: string;
  params?: Record<string, string>;
}

const cases: Case[] = [
  { rule: 'root resource', routes: { '/': ['GET'] }, method: 'GET', path: '/', expected: 'GET /', params: {} },
  { rule: 'root resource, empty path', routes: { '/': ['GET'] }, method: 'GET', path: '', expected: 'GET /' },
  { rule: 'literal path', routes: { '/pets': ['GET'] }, method: 'GET', path: '/pets', expected: 'GET /pets' },
  { rule: 'unknown path misses', routes: { '/pets': ['GET'] }, method: 'GET', path: '/cats' },
  { rule: 'wrong method misses', routes: { '/pets': ['GET'] }, method: 'POST', path: '/pets' },
  { rule: 'literals are case-sensitive', routes: { '/pets': ['GET'] }, method: 'GET', path: '/Pets' },
  { rule: 'literal prefix is not a match', routes: { '/pets': ['GET'] }, method: 'GET', path: '/petsx' },
  { rule: 'param captures one segment', routes: { '/pets/{id}': ['GET'] }, method: 'GET', path: '/pets/42', expected: 'GET /pets/{id}', params: { id: '42' } },
  { rule: 'param does not span slashes', routes: { '/pets/{id}': ['GET'] }, method: 'GET', path: '/pets/4/2' },
  { rule: 'param needs a non-empty segment', routes: { '/pets/{id}/x': ['GET'] }, method: 'GET', path: '/pets//x' },
  { rule: 'literal beats param', routes: { '/pets/{id}': ['GET'], '/pets/mine': ['GET'] }, method: 'GET', path: '/pets/mine', expected: 'GET /pets/mine', params: {} },
  { rule: 'literal beats greedy', routes: { '/{proxy+}': ['GET'], '/part1/hardcoded-value': ['GET'] }, method: 'GET', path: '/part1/hardcoded-value', expected: 'GET /part1/hardcoded-value' },
  { rule: 'param beats greedy at a deeper level', routes: { '/proxy/{proxy+}': ['GET'], '/proxy/bar/{param}': ['GET'] }, method: 'GET', path: '/proxy/bar/foobar', expected: 'GET /proxy/bar/{param}', params: { param: 'foobar' } },
  { rule: 'falls through to greedy when deeper literal path ends', routes: { '/proxy/{proxy+}': ['GET'], '/proxy/bar/{param}': ['GET'] }, method: 'GET', path: '/proxy/test2/x/y', expected: 'GET /proxy/{proxy+}', params: { proxy: 'test2/x/y' } },
  { rule: 'backtracks from literal without the verb to a greedy sibling', routes: { '/test': ['POST'], '/{proxy+}': ['OPTIONS'] }, method: 'OPTIONS', path: '/test', expected: 'OPTIONS /{proxy+}', params: { proxy: 'test' } },
  { rule: 'backtracks from literal without the verb to a param sibling', routes: { '/pets/mine': ['POST'], '/pets/{id}': ['GET'] }, method: 'GET', path: '/pets/mine', expected: 'GET /pets/{id}', params: { id: 'mine' } },
  { rule: 'backtracking discards params of the failed branch', routes: { '/a/{b}/c': ['POST'], '/{proxy+}': ['GET'] }, method: 'GET', path: '/a/1/c', expected: 'GET /{proxy+}', params: { proxy: 'a/1/c' } },
  { rule: 'explicit method beats ANY', routes: { '/foo': ['GET', 'ANY'] }, method: 'GET', path: '/foo', expected: 'GET /foo' },
  { rule: 'ANY serves other verbs', routes: { '/foo': ['GET', 'ANY'] }, method: 'DELETE', path: '/foo', expected: 'ANY /foo' },
  { rule: 'ANY covers HEAD', routes: { '/foo': ['ANY'] }, method: 'HEAD', path: '/foo', expected: 'ANY /foo' },
  { rule: 'HEAD is not implied by GET', routes: { '/foo': ['GET'] }, method: 'HEAD', path: '/foo' },
  { rule: 'ANY does not cover non-API-Gateway verbs', routes: { '/foo': ['ANY'] }, method: 'TRACE', path: '/foo' },
  { rule: 'greedy does not match its parent', routes: { '/proxy/{proxy+}': ['GET'] }, method: 'GET', path: '/proxy' },
  { rule: 'root greedy does not match /', routes: { '/{proxy+}': ['GET'] }, method: 'GET', path: '/' },
  { rule: 'greedy spans segments', routes: { '/{proxy+}': ['ANY'] }, method: 'POST', path: '/a/b/c', expected: 'ANY /{proxy+}', params: { proxy: 'a/b/c' } },
  { rule: 'trailing slash ignored for literal', routes: { '/pets': ['GET'] }, method: 'GET', path: '/pets/', expected: 'GET /pets' },
  { rule: 'trailing slash ignored for greedy value', routes: { '/{proxy+}': ['GET'] }, method: 'GET', path: '/proxy-value/', expected: 'GET /{proxy+}', params: { proxy: 'proxy-value' } },
  { rule: 'greedy keeps double slashes', routes: { '/{proxy+}': ['GET'] }, method: 'GET', path: '/proxy-value//double-slash', expected: 'GET /{proxy+}', params: { proxy: 'proxy-value//double-slash' } },
  { rule: 'leading double slash still matches', routes: { '/hardcoded': ['GET'] }, method: 'GET', path: '//hardcoded', expected: 'GET /hardcoded' },
  { rule: 'path params are not URL-decoded', routes: { '/api/user/{email}': ['GET'] }, method: 'GET', path: '/api/user/test%2Balias@gmail.com', expected: 'GET /api/user/{email}', params: { email: 'test%2Balias@gmail.com' } },
  { rule: 'plus stays plus', routes: { '/q/{v}': ['GET'] }, method: 'GET', path: '/q/a+b', expected: 'GET /q/{v}', params: { v: 'a+b' } },
  { rule: 'encoded slash stays inside one param', routes: { '/f/{name}': ['GET'] }, method: 'GET', path: '/f/a%2Fb', expected: 'GET /f/{name}', params: { name: 'a%2Fb' } },
  { rule: 'several params', routes: { '/a/{x}/b/{y}': ['GET'] }, method: 'GET', path: '/a/1/b/2', expected: 'GET /a/{x}/b/{y}', params: { x: '1', y: '2' } },
  { rule: 'param then greedy', routes: { '/t/{tenant}/{rest+}': ['GET'] }, method: 'GET', path: '/t/acme/x/y', expected: 'GET /t/{tenant}/{rest+}', params: { tenant: 'acme', rest: 'x/y' } },
  { rule: 'param names keep hyphens and dots', routes: { '/r/{my-id.v}': ['GET'] }, method: 'GET', path: '/r/7', expected: 'GET /r/{my-id.v}', params: { 'my-id.v': '7' } },
  { rule: 'intermediate resource without methods misses', routes: { '/a/b': ['GET'] }, method: 'GET', path: '/a' },
];

describe('matchRoute', () => {
  it.each(cases)('$rule: $method $path', ({ routes, method, path, expected, params }) => {
    const match = matchRoute(table(routes), method, path);
    if (expected === undefined) {
      expect(match).toBeUndefined();
      return;
    }
    expect(match?.method.operationName).toBe(expected);
    if (params) expect(match?.pathParameters).toEqual(params);
  });

  it('returns the resource object of the snapshot', () => {
    const resource = buildResource('/pets/{id}', { GET: buildMethod() });
    const match = matchRoute(compileRoutes([resource]), 'GET', '/pets/1');
    expect(match?.resource).toBe(resource);
    expect(match?.method).toBe(resource.methods.GET);
  });

  it('gives each match its own params object', () => {
    const routes = table({ '/pets/{id}': ['GET'] });
    const first = matchRoute(routes, 'GET', '/pets/1');
    const second = matchRoute(routes, 'GET', '/pets/2');
    expect(first?.pathParameters).toEqual({ id: '1' });
    expect(second?.pathParameters).toEqual({ id: '2' });
  });
});

describe('matchRoute with hostile verbs', () => {
  it.each(['constructor', '__proto__', 'toString'])('misses for %s', (verb) => {
    expect(matchRoute(table({ '/': [], '/a': ['GET'] }), verb, '/')).toBeUndefined();
    expect(matchRoute(table({ '/': [], '/a': ['GET'] }), verb, '/a')).toBeUndefined();
  });
});

describe('matchRoute with many literal siblings (bucketed lookup)', () => {
  // a0z..a9z share length, first and last character, so they land in one bucket; x10..x29 spread out.
  const names = [...Array.from({ length: 10 }, (_v, i) => `a${i}z`), ...Array.from({ length: 20 }, (_v, i) => `x${i + 10}`)];
  const routes = table(Object.fromEntries([...names.map((n) => [`/${n}`, ['GET']]), ['/{other}', ['GET']], ['/a5z/deeper', ['GET']]]) as Record<string, HttpMethod[]>);

  it.each(names)('finds /%s', (name) => {
    expect(matchRoute(routes, 'GET', `/${name}`)?.method.operationName).toBe(`GET /${name}`);
  });

  it.each([['/a5y'], ['/a10z'], ['/x9'], ['/b5z']])('falls back to the param for %s', (path) => {
    expect(matchRoute(routes, 'GET', path)?.pathParameters).toEqual({ other: path.slice(1) });
  });

  it('walks below a bucketed literal', () => {
    expect(matchRoute(routes, 'GET', '/a5z/deeper')?.method.operationName).toBe('GET /a5z/deeper');
  });
});
