import { compileSafeRegex, SafeRegexError } from '@tollgate/safe-regex';

// Subtrees holding instance data, not schemas: a "pattern" member there is just data.
const DATA_KEYWORDS = new Set(['enum', 'default', 'example', 'examples', 'const']);

/**
 * Why a model schema's `pattern` or `patternProperties` regexes cannot be used (invalid ECMA 262, or
 * needing backtracking with nested quantifiers), naming the first such pattern; undefined when all
 * compile. Uses the same compile as request validation, so CreateDeployment can refuse what the data
 * plane would otherwise skip validating.
 */
export function schemaPatternProblem(schema: unknown): string | undefined {
  const pending: unknown[] = [schema];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) {
      pending.push(...node);
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    for (const [key, value] of Object.entries(node)) {
      if (DATA_KEYWORDS.has(key)) continue;
      const patterns = key === 'pattern' && typeof value === 'string' ? [value]
        : key === 'patternProperties' && value !== null && typeof value === 'object' ? Object.keys(value) : [];
      for (const pattern of patterns) {
        const problem = patternProblem(pattern);
        if (problem) return problem;
      }
      pending.push(value);
    }
  }
  return undefined;
}

function patternProblem(pattern: string): string | undefined {
  try {
    compileSafeRegex(pattern, { syntax: 'ecma' });
    return undefined;
  } catch (error) {
    if (error instanceof SafeRegexError) return error.message;
    throw error;
  }
}
