import { compileJsonPath, evaluateJsonPath, jsonValueToText } from './json-path';

const DOC = {
  a: { b: 'deep', n: 1.5, t: true, z: null, list: [1, 2, 3], 'with space': 'spaced' },
  pets: [{ id: 1, type: 'dog' }, { id: 2, type: 'cat' }],
  empty: '',
};

describe('compileJsonPath + evaluateJsonPath', () => {
  it.each([
    ['a.b', 'deep'],
    ['$.a.b', 'deep'],
    ['a.n', 1.5],
    ['a.t', true],
    ['a.z', null],
    ['a.missing', undefined],
    ['a.b.c', undefined],
    ['a.list[0]', 1],
    ['a.list[2]', 3],
    ['a.list[-1]', 3],
    ['a.list[3]', undefined],
    ["a['with space']", 'spaced'],
    ['a["with space"]', 'spaced'],
    ['pets[1].type', 'cat'],
    ['pets[*].id', [1, 2]],
    ['pets.*.type', ['dog', 'cat']],
    ['a.list[*]', [1, 2, 3]],
    ['missing[*]', []],
    ['a', DOC.a],
    ['empty', ''],
    ['constructor', undefined],
    ['__proto__', undefined],
  ])('%s', (path, expected) => {
    const compiled = compileJsonPath(path);
    expect(compiled).toBeDefined();
    expect(evaluateJsonPath(compiled!, DOC)).toEqual(expected);
  });

  it.each(['', '$', '.a', '$a', 'a..b', '..a', 'a.', 'a[', 'a[x]', "a['x", 'a b', 'a[1:2]', 'a[?(@.x)]'])('refuses %j', (path) => {
    expect(compileJsonPath(path)).toBeUndefined();
  });

  it('marks wildcard paths indefinite', () => {
    expect(compileJsonPath('a.b')!.definite).toBe(true);
    expect(compileJsonPath('a[*].b')!.definite).toBe(false);
  });

  it('reads nothing from non-objects', () => {
    expect(evaluateJsonPath(compileJsonPath('a')!, 'text')).toBeUndefined();
    expect(evaluateJsonPath(compileJsonPath('[0]')!, [7])).toBe(7);
    expect(evaluateJsonPath(compileJsonPath('a')!, [1])).toBeUndefined();
  });
});

describe('jsonValueToText', () => {
  it.each([
    ['x', 'x'],
    ['', ''],
    [12, '12'],
    [1.5, '1.5'],
    [false, 'false'],
    [null, undefined],
    [undefined, undefined],
    [{ a: [1, 'b'] }, '{"a":[1,"b"]}'],
    [[1, 2], '[1,2]'],
  ])('%j -> %j', (value, expected) => {
    expect(jsonValueToText(value)).toBe(expected);
  });
});
