import { compileSafeRegex, SafeRegexError, type SafeRegex } from '@tollgate/safe-regex';
import { VtlRenderError } from '../vtl-errors';

/**
 * A template's java.util.regex pattern, compiled once per pattern string by @tollgate/safe-regex: RE2
 * (linear time, so a pattern like `(a+)+$` cannot outlast the render deadline inside one synchronous
 * call), or the JS engine for backreferences/lookahead that pass its safety check. An invalid or unsafe
 * pattern is a render error (Java's PatternSyntaxException; AWS answers 500).
 */
function javaRegex(pattern: string): SafeRegex {
  try {
    return compileSafeRegex(pattern, { syntax: 'java' });
  } catch (error) {
    throw asRenderError(error);
  }
}

/** Runs a match on user input; input too long for the backtracking fallback is a render error too. */
function guarded<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw asRenderError(error);
  }
}

function asRenderError(error: unknown): unknown {
  return error instanceof SafeRegexError ? new VtlRenderError(error.message) : error;
}

/** Expands a java.util.regex.Matcher replacement: `$n`, `${name}` and `\x` escapes. */
export function expandReplacement(replacement: string, match: RegExpExecArray | RegExpMatchArray): string {
  if (!replacement.includes('$') && !replacement.includes('\\')) return replacement;
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const ch = replacement[i];
    if (ch === '\\') {
      i++;
      if (i >= replacement.length) throw new VtlRenderError('character to be escaped is missing');
      out += replacement[i];
    } else if (ch === '$') {
      i++;
      if (replacement[i] === '{') {
        const end = replacement.indexOf('}', i);
        const name = end < 0 ? '' : replacement.slice(i + 1, end);
        const group = match.groups?.[name];
        if (end < 0 || !match.groups || !(name in match.groups)) {
          throw new VtlRenderError(`No group with name {${name}}`);
        }
        out += group ?? '';
        i = end;
      } else {
        if (!/[0-9]/.test(replacement[i] ?? '')) throw new VtlRenderError('Illegal group reference');
        // Java takes as many digits as still name an existing group.
        let group = Number(replacement[i]);
        while (i + 1 < replacement.length && /[0-9]/.test(replacement[i + 1])
          && group * 10 + Number(replacement[i + 1]) < match.length) {
          group = group * 10 + Number(replacement[i + 1]);
          i++;
        }
        if (group >= match.length) throw new VtlRenderError(`No group ${group}`);
        out += match[group] ?? '';
      }
    } else {
      out += ch;
    }
  }
  return out;
}

/** String.replaceAll / replaceFirst with Java replacement syntax. */
export function javaReplace(text: string, pattern: string, replacement: string, all: boolean): string {
  const regex = javaRegex(pattern);
  let out = '';
  let last = 0;
  for (const match of guarded(() => regex.matchAll(text))) {
    const index = match.index ?? 0;
    out += text.slice(last, index) + expandReplacement(replacement, match);
    last = index + match[0].length;
    if (!all) break;
  }
  return last === 0 && out === '' ? text : out + text.slice(last);
}

/** String.split(regex, limit) with Java's rules for leading and trailing empty strings. */
export function javaSplit(text: string, pattern: string, limit: number): string[] {
  if (text === '') return [''];
  const regex = javaRegex(pattern);
  const parts: string[] = [];
  let last = 0;
  for (const match of guarded(() => regex.matchAll(text))) {
    const index = match.index ?? 0;
    if (limit > 0 && parts.length === limit - 1) break;
    if (match[0].length === 0 && index === 0) continue;
    if (match[0].length === 0 && index >= text.length) break;
    parts.push(text.slice(last, index));
    last = index + match[0].length;
  }
  parts.push(text.slice(last));
  if (limit === 0) {
    while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  }
  return parts;
}

/** String.matches: the whole string must match. */
export function javaMatches(text: string, pattern: string): boolean {
  const regex = javaRegex(pattern);
  return guarded(() => regex.matches(text));
}
