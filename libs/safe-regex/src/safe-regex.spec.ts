import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { compileSafeRegex, MAX_BACKTRACKING_INPUT, SafeRegexError, type SafeRegexOptions } from './index';

const ROOT = resolve(__dirname, '../../..');

function failure(pattern: string, options?: SafeRegexOptions): SafeRegexError {
  try {
    compileSafeRegex(pattern, options);
  } catch (error) {
    if (error instanceof SafeRegexError) return error;
    throw error;
  }
  throw new Error(`'${pattern}' compiled`);
}

describe('compileSafeRegex', () => {
  it('runs catastrophic patterns to a correct result in linear time (child process, so a regression fails instead of hanging)', () => {
    const cases: [string, string, boolean][] = [
      ['(a+)+$', `${'a'.repeat(40)}!`, false],
      ['(x+x+)+y', 'x'.repeat(5000), false],
      ['^(\\w+\\s?)*$', `${'word '.repeat(2000)}!`, false],
      ['(a|aa)+$', `${'a'.repeat(5000)}b`, false],
      ['(.*a){12}', 'a'.repeat(5000), true],
    ];
    const script = `const { compileSafeRegex } = require('./libs/safe-regex/src/index.ts');
      const cases = ${JSON.stringify(cases)};
      process.stdout.write(JSON.stringify(cases.map(([p, text]) => {
        const regex = compileSafeRegex(p);
        return [regex.engine, regex.test(text), regex.matches(text)];
      })));`;
    const child = spawnSync(process.execPath, ['-r', './scripts/register.cjs', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
    expect(child.error).toBeUndefined();
    expect(child.stderr).toBe('');
    const results = JSON.parse(child.stdout) as [string, boolean, boolean][];
    expect(results.map(([engine]) => engine)).toEqual(cases.map(() => 're2'));
    expect(results.map(([, found]) => found)).toEqual(cases.map(([, , found]) => found));
    expect(results.map(([, , whole]) => whole)).toEqual([false, false, false, false, true]);
  });

  it('keeps java.util.regex syntax: inline flags, \\A \\Z \\z, \\uXXXX, named groups, \\Q..\\E', () => {
    expect(compileSafeRegex('(?i)hello').test('say HELLO')).toBe(true);
    expect(compileSafeRegex('\\Aab\\Z').matches('ab')).toBe(true);
    expect(compileSafeRegex('\\Aab\\z').test('xab')).toBe(false);
    expect(compileSafeRegex('\\\\A').test('\\A')).toBe(true);
    expect(compileSafeRegex('caf\\u00e9').test('café')).toBe(true);
    expect(compileSafeRegex('\\Q1+1\\E').matches('1+1')).toBe(true);
    const [match] = [...compileSafeRegex('(?<year>\\d{4})-(\\d{2})').matchAll('on 2026-11')];
    expect(match.index).toBe(3);
    expect([...match]).toEqual(['2026-11', '2026', '11']);
    expect(match.groups).toEqual({ year: '2026' });
  });

  it('gives matches with UTF-16 indexes, empty matches included', () => {
    expect([...compileSafeRegex('😀|b').matchAll('x😀b')].map((m) => [m.index, m[0]])).toEqual([[1, '😀'], [3, 'b']]);
    expect([...compileSafeRegex('').matchAll('ab')].map((m) => m.index)).toEqual([0, 1, 2]);
  });

  it('applies options: dotAll for selection patterns, case and multiline', () => {
    expect(compileSafeRegex('.*four hundred.*', { dotAll: true }).matches('Error:\nfour hundred\n')).toBe(true);
    expect(compileSafeRegex('.*four hundred.*').matches('Error:\nfour hundred\n')).toBe(false);
    expect(compileSafeRegex('abc', { caseInsensitive: true }).matches('ABC')).toBe(true);
    expect(compileSafeRegex('^b$', { multiline: true }).test('a\nb')).toBe(true);
  });

  it('reads ECMA 262 patterns as a search (JSON Schema)', () => {
    expect(compileSafeRegex('[0-9]', { syntax: 'ecma' }).test('a1b')).toBe(true);
    expect(compileSafeRegex('^caf\\u00e9$', { syntax: 'ecma' }).test('café')).toBe(true);
    expect(compileSafeRegex('^[a-z0-9-]{8,40}$', { syntax: 'ecma' }).test('order-0001')).toBe(true);
    expect(compileSafeRegex('^[a-z0-9-]{8,40}$', { syntax: 'ecma' }).test('short')).toBe(false);
  });

  it('runs lookbehinds on RE2 and falls back to the JS engine for backreferences and lookahead', () => {
    expect(compileSafeRegex('(?<=\\$)\\d+').engine).toBe('re2');
    expect([...compileSafeRegex('(?<=\\$)\\d+').matchAll('a $12 $3')].map((m) => m[0])).toEqual(['12', '3']);
    const backreference = compileSafeRegex('(\\w)\\1');
    expect(backreference.engine).toBe('backtracking');
    expect(backreference.test('abba')).toBe(true);
    expect(backreference.matches('ab')).toBe(false);
    const lookahead = compileSafeRegex('(?i)\\Afoo(?=bar)');
    expect(lookahead.engine).toBe('backtracking');
    expect([...lookahead.matchAll('FOObar')].map((m) => m[0])).toEqual(['FOO']);
  });

  it('refuses patterns that need backtracking and have nested quantifiers', () => {
    const error = failure('(a+)+\\1');
    expect(error.code).toBe('UNSAFE_PATTERN');
    expect(error.pattern).toBe('(a+)+\\1');
    expect(error.message).toContain("'(a+)+\\1'");
    expect(failure('^(?=(\\w+)+$)', { syntax: 'ecma' }).code).toBe('UNSAFE_PATTERN');
  });

  it('refuses invalid patterns with the engine message', () => {
    expect(failure('a(').code).toBe('INVALID_PATTERN');
    expect(failure('a(').message).toMatch(/^Invalid regular expression 'a\(': /);
    expect(failure('(?x)a b').message).toBe("Unsupported regex flag (?x) in '(?x)a b'");
    expect(failure('[z-a]', { syntax: 'ecma' }).code).toBe('INVALID_PATTERN');
  });

  it('caps the input given to the backtracking fallback', () => {
    const regex = compileSafeRegex('(a)\\1');
    expect(regex.test(`${'b'.repeat(MAX_BACKTRACKING_INPUT - 2)}aa`)).toBe(true);
    expect(() => regex.test('b'.repeat(MAX_BACKTRACKING_INPUT + 1))).toThrow(expect.objectContaining({ code: 'INPUT_TOO_LONG' }));
    expect(() => regex.matches('b'.repeat(MAX_BACKTRACKING_INPUT + 1))).toThrow(SafeRegexError);
    expect(() => regex.matchAll('b'.repeat(MAX_BACKTRACKING_INPUT + 1))).toThrow(SafeRegexError);
  });

  it('compiles each pattern and option set once, failures included', () => {
    expect(compileSafeRegex('4\\d{2}')).toBe(compileSafeRegex('4\\d{2}'));
    expect(compileSafeRegex('4\\d{2}', { dotAll: true })).not.toBe(compileSafeRegex('4\\d{2}'));
    expect(compileSafeRegex('4\\d{2}', { syntax: 'ecma' })).not.toBe(compileSafeRegex('4\\d{2}'));
    expect(failure('(a+)+\\1')).toBe(failure('(a+)+\\1'));
  });
});
