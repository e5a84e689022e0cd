/** Which dialect the pattern is written in: java.util.regex (VTL, selection patterns) or ECMA 262 (JSON Schema). */
export type RegexSyntax = 'java' | 'ecma';

/** `re2`: linear time (re2js). `backtracking`: the JS engine, for a pattern RE2 cannot express that passed the safety check. */
export type RegexEngine = 're2' | 'backtracking';

export interface SafeRegexOptions {
  readonly syntax?: RegexSyntax;
  readonly caseInsensitive?: boolean;
  /** `.` matches line terminators too (Java DOTALL, JS `s`). */
  readonly dotAll?: boolean;
  /** `^`/`$` match at line breaks (Java MULTILINE, JS `m`). */
  readonly multiline?: boolean;
}

/** A compiled user pattern. Methods throw SafeRegexError('INPUT_TOO_LONG') only on the backtracking engine. */
export interface SafeRegex {
  readonly pattern: string;
  readonly engine: RegexEngine;
  /** A match anywhere in `text` (RegExp#test, JSON Schema `pattern`). */
  test(text: string): boolean;
  /** `text` matches as a whole (Java String.matches, selection patterns). */
  matches(text: string): boolean;
  /** Every non-overlapping match left to right, shaped as String#matchAll gives them (UTF-16 indexes). */
  matchAll(text: string): IterableIterator<RegExpMatchArray>;
}
