import { buildMethod, buildResource } from '@tollgate/testing';
import { compileRoutes } from './compile-routes';
import { RouteCompileError } from './route-compile-error';

const cases: { rule: string; paths: string[]; message: RegExp }[] = [
  { rule: 'path must start with a slash', paths: ['pets'], message: /must start with '\/'/ },
  { rule: 'empty path part', paths: ['/pets//x'], message: /empty path part/ },
  { rule: 'trailing slash in template', paths: ['/pets/'], message: /empty path part/ },
  { rule: 'unclosed brace', paths: ['/pets/{id'], message: /path part '\{id'/ },
  { rule: 'brace inside a part', paths: ['/pets/a{id}'], message: /path part 'a\{id\}'/ },
  { rule: 'empty param name', paths: ['/pets/{}'], message: /path part '\{\}'/ },
  { rule: 'bad characters in param name', paths: ['/pets/{i d}'], message: /path part '\{i d\}'/ },
  { rule: 'bad characters in literal', paths: ['/pe ts'], message: /path part 'pe ts'/ },
  { rule: 'plus not before closing brace', paths: ['/{a+b}'], message: /path part '\{a\+b\}'/ },
  { rule: 'greedy not last', paths: ['/{proxy+}/x'], message: /must be the last path part/ },
  { rule: 'two param names at one level', paths: ['/pets/{id}', '/pets/{petId}/toys'], message: /sibling \(\{id\}\).*only one is allowed/ },
  { rule: 'param beside greedy at one level', paths: ['/{proxy+}', '/{id}'], message: /sibling \(\{proxy\+\}\)/ },
  { rule: 'duplicate path', paths: ['/pets', '/pets'], message: /Duplicate resource path '\/pets'/ },
];

describe('compileRoutes', () => {
  it.each(cases)('rejects: $rule', ({ paths, message }) => {
    const resources = paths.map((p) => buildResource(p, { GET: buildMethod() }));
    expect(() => compileRoutes(resources)).toThrow(RouteCompileError);
    expect(() => compileRoutes(resources)).toThrow(message);
  });

  it('reports the offending path on the error', () => {
    try {
      compileRoutes([buildResource('/{proxy+}/x')]);
      throw new Error('expected a RouteCompileError');
    } catch (error) {
      expect(error).toBeInstanceOf(RouteCompileError);
      expect((error as RouteCompileError).path).toBe('/{proxy+}/x');
    }
  });

  it('accepts a realistic API and counts its resources', () => {
    const table = compileRoutes([
      buildResource('/'),
      buildResource('/pets', { GET: buildMethod(), POST: buildMethod() }),
      buildResource('/pets/{petId}', { GET: buildMethod() }),
      buildResource('/pets/{petId}/toys', { GET: buildMethod() }),
      buildResource('/files/{proxy+}', { ANY: buildMethod() }),
    ]);
    expect(table.size).toBe(5);
  });

  it('shares a param node when sibling paths reuse the same name', () => {
    expect(() => compileRoutes([buildResource('/pets/{id}'), buildResource('/pets/{id}/toys')])).not.toThrow();
  });
});
