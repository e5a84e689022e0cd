/** Why a user pattern cannot be used: bad syntax, a backtracking hazard, or input too long for the fallback engine. */
export type SafeRegexErrorCode = 'INVALID_PATTERN' | 'UNSAFE_PATTERN' | 'INPUT_TOO_LONG';

/** Raised by `compileSafeRegex` (invalid or unsafe pattern) and by a fallback regex given oversized input. */
export class SafeRegexError extends Error {
  override readonly name = 'SafeRegexError';

  constructor(readonly code: SafeRegexErrorCode, readonly pattern: string, message: string) {
    super(message);
  }
}
