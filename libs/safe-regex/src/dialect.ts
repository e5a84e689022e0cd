import { RE2JS } from 're2js';

/**
 * The pattern in RE2 syntax. Java: `\uXXXX` becomes `\x{XXXX}` and `\Z` becomes `\z` (RE2 has neither;
 * Java's `\Z` also allows one final line terminator, which RE2 cannot express). ECMA: re2js's own
 * translator (`\uXXXX`, `\cX`, `\u{...}`, the empty pattern).
 */
export function re2Source(pattern: string, syntax: 'java' | 'ecma'): string {
  if (syntax === 'ecma') return RE2JS.translateRegExp(pattern);
  return rewriteEscapes(pattern, (letter, rest) => {
    if (letter === 'Z') return { text: '\\z', used: 0 };
    if (letter === 'u' && /^[0-9a-fA-F]{4}/.test(rest)) return { text: `\\x{${rest.slice(0, 4)}}`, used: 4 };
    return undefined;
  });
}

/**
 * A java.util.regex pattern as JS RegExp source and flags, for the backtracking fallback: leading inline
 * flags `(?ims)` become RegExp flags, `\A` becomes `^` and `\Z`/`\z` become `$` (right without the m flag).
 */
export function javaToEcma(pattern: string): { source: string; flags: string } | string {
  let source = pattern;
  let flags = '';
  const inline = /^\(\?([imsx]+)\)/.exec(source);
  if (inline) {
    if (inline[1].includes('x')) return `Unsupported regex flag (?x) in '${pattern}'`;
    flags = [...new Set(inline[1])].join('');
    source = source.slice(inline[0].length);
  }
  source = rewriteEscapes(source, (letter) => {
    if (letter === 'A') return { text: '^', used: 0 };
    if (letter === 'Z' || letter === 'z') return { text: '$', used: 0 };
    return undefined;
  });
  return { source, flags };
}

type EscapeRewrite = (letter: string, rest: string) => { text: string; used: number } | undefined;

/** Rewrites `\x` escapes left to right, so an escaped backslash (`\\A`) is never taken for `\A`. */
function rewriteEscapes(pattern: string, rewrite: EscapeRewrite): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch !== '\\' || i + 1 >= pattern.length) {
      out += ch;
      continue;
    }
    const letter = pattern[i + 1];
    const replaced = rewrite(letter, pattern.slice(i + 2, i + 6));
    if (replaced) {
      out += replaced.text;
      i += 1 + replaced.used;
    } else {
      out += ch + letter;
      i++;
    }
  }
  return out;
}
