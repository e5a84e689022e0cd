import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { renderWith } from '../test-render';
import { VtlRenderError } from '../vtl-errors';
import { javaMatches, javaReplace, javaSplit } from './java-regex';

const ROOT = resolve(__dirname, '../../../..');

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

  it('renders templates with catastrophic patterns to the correct result (child process: a regression fails, never hangs)', () => {
    const templates = [
      '#set($x = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!")$x.matches("(a+)+$")',
      '#set($x = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!")$x.replaceAll("(a|aa)+$", "-")',
      '#set($x = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")$x.split("(x+x+)+y").size()',
      '#set($x = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")$x.replaceFirst("^(a+)+b", "")',
    ];
    const script = `const { renderWith } = require('./libs/vtl/src/test-render.ts');
      process.stdout.write(JSON.stringify(${JSON.stringify(templates)}.map((t) => renderWith(t).output)));`;
    const child = spawnSync(process.execPath, ['-r', './scripts/register.cjs', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
    expect(child.error).toBeUndefined();
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual(['false', `${'a'.repeat(40)}!`, '1', 'a'.repeat(37)]);
  });

  it('keeps backreferences and lookahead (JS engine after the safety check)', () => {
    expect(javaReplace('aabbc', '(\\w)\\1', '<$1>', true)).toBe('<a><b>c');
    expect(javaMatches('abab', '(ab)\\1')).toBe(true);
    expect(javaSplit('a1b2c', '(?=\\d)', 0)).toEqual(['a', '1b', '2c']);
    expect(javaReplace('$12 and 3', '(?<=\\$)\\d+', 'N', true)).toBe('$N and 3');
  });

  it('refuses an unsafe or invalid pattern with a render error (AWS answers 500)', () => {
    expect(() => renderWith('$input.path(\'$.s\').matches("(a+)+\\1")', { body: '{"s": "aa"}' })).toThrow(VtlRenderError);
    expect(() => renderWith('$input.path(\'$.s\').matches("(a+)+\\1")', { body: '{"s": "aa"}' })).toThrow(/needs a backtracking engine/);
    expect(() => javaMatches('a', 'a(')).toThrow(VtlRenderError);
    expect(() => javaMatches('a'.repeat(20_000), '(a)\\1')).toThrow(/longer than 10000/);
  });
});

