export { compileSafeRegex, MAX_BACKTRACKING_INPUT } from './safe-regex';
export { SafeRegexError } from './safe-regex-error';
export type { SafeRegexErrorCode } from './safe-regex-error';
export type { RegexEngine, RegexSyntax, SafeRegex, SafeRegexOptions } from './safe-regex.types';
