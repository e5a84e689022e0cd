import { javaMatches, javaReplace, javaSplit } from './java-regex';

describe('java.util.regex emulation', () => {
  it.each([
    ['a,b,,c,,', ',', 0, ['a', 'b', '', 'c']],
    ['a,b,,c,,', ',', -1, ['a', 'b', '', 'c', '', '']],
    ['a,b,c', ',', 2, ['a', 'b,c']],
    [',a', ',', 0, ['', 'a']],
    ['abc', '', 0, ['a', 'b', 'c']],
    ['', ',', 0, ['']],
    [',,,', ',', 0, []],
  ])('split(%p, %p, %p)', (text, pattern, limit, parts) => {
    expect(javaSplit(text, pattern, limit)).toEqual(parts);
  });

  it('expands Java replacement syntax', () => {
    expect(javaReplace('john smith', '(\\w+) (\\w+)', '$2, $1', true)).toBe('smith, john');
    expect(javaReplace('a.b', '\\.', '\\$', true)).toBe('a$b');
    expect(javaReplace('x1', '(?<d>\\d)', '[${d}]', true)).toBe('x[1]');
    expect(javaReplace('abc', '', '-', true)).toBe('-a-b-c-');
    expect(javaReplace('aaa', 'a', 'b', false)).toBe('baa');
    expect(javaReplace('$&', '&', '$0$0', true)).toBe('$&&');
  });

  it('supports leading inline flags and whole-string matches', () => {
    expect(javaReplace('Hello', '(?i)h', 'J', true)).toBe('Jello');
    expect(javaMatches('ABC', '(?i)[a-c]+')).toBe(true);
    expect(javaMatches('abc1', '[a-c]+')).toBe(false);
    expect(javaMatches('a|b', 'a|b')).toBe(false);
  });
});
