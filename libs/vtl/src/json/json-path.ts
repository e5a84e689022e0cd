import { JSONPath } from 'jsonpath-plus';
import { VtlRenderError } from '../vtl-errors';
import { markJsonList, markWritable } from '../values/collections';

/** Result of a JSONPath query: `found` is false for a missing definite path (Jayway: PathNotFound). */
export interface JsonPathResult {
  readonly found: boolean;
  readonly value: unknown;
}

const MISSING: JsonPathResult = Object.freeze({ found: false, value: undefined });

// Jayway returns a list for "indefinite" paths (wildcards, deep scan, filters, unions, slices) and a
// single value otherwise. jsonpath-plus always returns a list, so we classify the path ourselves.
const INDEFINITE = /\.\.|\*|\?\(|\[[^\]'"]*[,:][^\]]*\]/;

export function queryJsonPath(root: unknown, path: string): JsonPathResult {
  const normalised = normalisePath(path);
  if (normalised === '$') return { found: true, value: root };
  if (typeof root !== 'object' || root === null) return INDEFINITE.test(normalised) ? emptyList() : MISSING;
  let results: unknown[];
  try {
    results = JSONPath({ path: normalised, json: root as object, wrap: true, eval: 'safe' }) as unknown[];
  } catch (error) {
    throw new VtlRenderError(`Invalid JSONPath '${path}': ${(error as Error).message}`);
  }
  if (INDEFINITE.test(normalised)) {
    markWritable(results);
    markJsonList(results);
    return { found: true, value: results };
  }
  return results.length === 0 ? MISSING : { found: true, value: results[0] };
}

// Jayway accepts paths without the leading `$` (`pets[0].id`), as AWS does.
function normalisePath(path: string): string {
  const trimmed = path.trim();
  if (trimmed.startsWith('$')) return trimmed;
  if (trimmed === '') return '$';
  return trimmed.startsWith('[') ? `$${trimmed}` : `$.${trimmed}`;
}

function emptyList(): JsonPathResult {
  const list: unknown[] = [];
  markWritable(list);
  markJsonList(list);
  return { found: true, value: list };
}
