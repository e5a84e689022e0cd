import { childPath, isGreedyPathPart, isVariablePathPart, validatePathPart } from './path-part';
import { ResourcesError } from './resources.error';

describe('pathPart rules', () => {
  it.each(['pets', 'a.b_c-D9', '{id}', '{proxy+}', '{pet.id}'])('accepts %p', (pathPart) => {
    expect(validatePathPart(pathPart)).toBe(pathPart);
  });

  it.each(['', 'a/b', '{id', 'id}', '{}', '{+}', 'a{id}', '{a}{b}', 'sp ace', '{id+}x', 'ünï', 42, null])('rejects %p', (pathPart) => {
    expect(() => validatePathPart(pathPart)).toThrow(ResourcesError);
  });

  it('classifies variables and greedy variables', () => {
    expect([isVariablePathPart('{id}'), isVariablePathPart('{p+}'), isVariablePathPart('pets')]).toEqual([true, true, false]);
    expect([isGreedyPathPart('{p+}'), isGreedyPathPart('{id}'), isGreedyPathPart(null)]).toEqual([true, false, false]);
  });

  it('joins paths under the root and deeper', () => {
    expect(childPath('/', 'pets')).toBe('/pets');
    expect(childPath('/pets', '{id}')).toBe('/pets/{id}');
  });
});
