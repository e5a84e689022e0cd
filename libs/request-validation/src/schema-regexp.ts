import type { CodeOptions } from 'ajv-draft-04';
import { compileSafeRegex } from '@tollgate/safe-regex';

/**
 * ajv's regex engine for `pattern` and `patternProperties`: ECMA 262 patterns compiled by
 * @tollgate/safe-regex (RE2, or the JS engine only for lookahead/backreferences that pass its safety
 * check), so a request body cannot make a model's pattern backtrack for seconds. An invalid or unsafe
 * pattern throws SafeRegexError from `ajv.compile`, which makes the model unusable (see compile-models).
 */
export const schemaRegExp: NonNullable<CodeOptions['regExp']> = Object.assign(
  (pattern: string, u: string) => {
    const regex = compileSafeRegex(pattern, { syntax: 'ecma' });
    return {
      test: (text: string) => regex.test(text),
      // ajv shares compiled patterns by this string: it must differ per pattern.
      toString: () => `/${pattern}/${u}`,
    };
  },
  { code: 'require("@tollgate/safe-regex").compileSafeRegex' },
);
