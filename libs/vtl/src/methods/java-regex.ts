import { VtlRenderError } from '../vtl-errors';

// Templates use a small, fixed set of patterns; a bounded cache keeps per-request work to a lookup.
const CACHE_LIMIT = 512;
const cache = new Map<string, RegExp>();

/**
 * A java.util.regex pattern as a global JS RegExp. The syntaxes mostly agree; we translate leading
 * inline flags `(?i)`/`(?s)`/`(?m)` and `\A`/`\Z`/`\z`. An invalid pattern is a render error
 * (Java's PatternSyntaxException).
 */
export function javaRegex(pattern: string): RegExp {
  const cached = cache.get(pattern);
  if (cached) {
    cached.lastIndex = 0;
    return cached;
  }
  let source = pattern;
  let flags = 'g';
  const inline = /^\(\?([imsx]+)\)/.exec(source);
  if (inline) {
    if (inline[1].includes('x')) throw new VtlRenderError(`Unsupported regex flag (?x) in '${pattern}'`);
    flags += [...new Set(inline[1])].join('');
    source = source.slice(inline[0].length);
  }
  source = source.replace(/\\A/g, '^').replace(/\\[Zz]/g, '$');
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags);
  } catch (error) {
    throw new VtlRenderError(`Invalid regular expression '${pattern}': ${(error as Error).message}`);
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(pattern, regex);
  return regex;
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
  for (const match of text.matchAll(regex)) {
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
  for (const match of text.matchAll(regex)) {
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

const anchoredCache = new Map<string, RegExp>();

/** String.matches: the whole string must match. */
export function javaMatches(text: string, pattern: string): boolean {
  let anchored = anchoredCache.get(pattern);
  if (!anchored) {
    const regex = javaRegex(pattern);
    anchored = new RegExp(`^(?:${regex.source})$`, regex.flags.replace('g', ''));
    if (anchoredCache.size >= CACHE_LIMIT) anchoredCache.clear();
    anchoredCache.set(pattern, anchored);
  }
  return anchored.test(text);
}
