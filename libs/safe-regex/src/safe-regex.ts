import { RE2JS, RE2JSSyntaxException } from 're2js';
import safeRegex from 'safe-regex2';
import { javaToEcma, re2Source } from './dialect';
import { SafeRegexError } from './safe-regex-error';
import type { SafeRegex, SafeRegexOptions } from './safe-regex.types';

/**
 * Longest text the backtracking fallback is run on. Patterns reach that engine only when RE2 cannot
 * express them (backreferences, lookahead, capturing lookbehind) and safe-regex2 finds no nested quantifier, but that check
 * is a heuristic: polynomial blow-ups stay possible, and this cap keeps them to milliseconds.
 */
export const MAX_BACKTRACKING_INPUT = 10_000;

// Patterns come from snapshots and templates, a small set per deployment: a bounded cache keeps
// compiling and checking out of the per-request path. Failures are cached too.
const CACHE_LIMIT = 1024;
const cache = new Map<string, SafeRegex | SafeRegexError>();

/**
 * Compiles a user pattern so that matching it cannot block the event loop: RE2 (linear time) when it can
 * express the pattern, else the JS engine if safe-regex2 accepts it. Throws SafeRegexError:
 * INVALID_PATTERN (neither engine parses it) or UNSAFE_PATTERN (needs backtracking and may blow up).
 */
export function compileSafeRegex(pattern: string, options: SafeRegexOptions = {}): SafeRegex {
  const key = `${options.syntax ?? 'java'}${options.caseInsensitive ? 'i' : ''}${options.dotAll ? 's' : ''}${options.multiline ? 'm' : ''}:${pattern}`;
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = compileUncached(pattern, options);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, compiled);
  }
  if (compiled instanceof SafeRegexError) throw compiled;
  return compiled;
}

function compileUncached(pattern: string, options: SafeRegexOptions): SafeRegex | SafeRegexError {
  const syntax = options.syntax ?? 'java';
  // re2js runs lookbehinds without captures in linear time as well.
  let re2Flags = RE2JS.LOOKBEHINDS;
  if (options.caseInsensitive) re2Flags |= RE2JS.CASE_INSENSITIVE;
  if (options.dotAll) re2Flags |= RE2JS.DOTALL;
  if (options.multiline) re2Flags |= RE2JS.MULTILINE;
  try {
    return re2Regex(pattern, RE2JS.compile(re2Source(pattern, syntax), re2Flags));
  } catch (error) {
    if (!(error instanceof RE2JSSyntaxException)) throw error;
  }
  return backtrackingRegex(pattern, options);
}

function re2Regex(pattern: string, re2: RE2JS): SafeRegex {
  return {
    pattern,
    engine: 're2',
    test: (text) => re2.test(text),
    matches: (text) => re2.matches(text),
    matchAll: (text) => re2.matchAll(text),
  };
}

function backtrackingRegex(pattern: string, options: SafeRegexOptions): SafeRegex | SafeRegexError {
  const translated = options.syntax === 'ecma' ? { source: pattern, flags: '' } : javaToEcma(pattern);
  if (typeof translated === 'string') return new SafeRegexError('INVALID_PATTERN', pattern, translated);
  const flagSet = new Set(translated.flags);
  if (options.caseInsensitive) flagSet.add('i');
  if (options.dotAll) flagSet.add('s');
  if (options.multiline) flagSet.add('m');
  const flags = [...flagSet].join('');
  let global: RegExp;
  let whole: RegExp;
  try {
    global = new RegExp(translated.source, `${flags}g`);
    whole = new RegExp(`^(?:${translated.source})$`, flags);
  } catch (error) {
    return new SafeRegexError('INVALID_PATTERN', pattern, `Invalid regular expression '${pattern}': ${(error as Error).message}`);
  }
  if (!safeRegex(whole)) {
    return new SafeRegexError('UNSAFE_PATTERN', pattern,
      `Regular expression '${pattern}' needs a backtracking engine (backreference, lookahead or capturing lookbehind) and is not provably free of catastrophic backtracking (nested quantifiers)`);
  }
  const bounded = (text: string): string => {
    if (text.length > MAX_BACKTRACKING_INPUT) {
      throw new SafeRegexError('INPUT_TOO_LONG', pattern,
        `Input of ${text.length} characters is longer than ${MAX_BACKTRACKING_INPUT}, the limit for regular expression '${pattern}' (it needs a backtracking engine)`);
    }
    return text;
  };
  return {
    pattern,
    engine: 'backtracking',
    test: (text) => {
      global.lastIndex = 0;
      return global.test(bounded(text));
    },
    matches: (text) => whole.test(bounded(text)),
    matchAll: (text) => bounded(text).matchAll(global),
  };
}
