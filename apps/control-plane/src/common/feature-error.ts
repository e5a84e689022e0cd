import { ApiError, AwsErrorType } from './api-error';

/**
 * Builds the base class of one feature's error: a code from the feature's enum, its AWS error type
 * from the feature's table, and an optional default message per code (else the caller's message).
 * Each feature extends the result once, so it keeps its own class name for `instanceof` and logs.
 */
export function featureError<C extends string>(
  name: string,
  types: Readonly<Record<C, AwsErrorType>>,
  defaultMessages?: Readonly<Partial<Record<C, string>>>,
) {
  return class extends ApiError {
    readonly errorType: AwsErrorType;

    constructor(readonly code: C, message: string = defaultMessages?.[code] ?? code) {
      super(message);
      this.name = name;
      this.errorType = types[code];
    }
  };
}
