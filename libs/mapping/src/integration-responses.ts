import type { ContentHandling, SnapshotIntegration, SnapshotIntegrationResponse } from '@tollgate/model';
import { compileSafeRegex, SafeRegexError, type SafeRegex } from '@tollgate/safe-regex';
import { MappingCompileError } from './mapping-error';
import { compileResponseMappings, type CompiledResponseMappings } from './response-mappings';
import { compileTemplateTable, type TemplateTable } from './template-selection';

/**
 * What the selection patterns are matched against: the endpoint status code as a string (HTTP, MOCK,
 * AWS services), or a non-proxy Lambda's `errorMessage` ('' on success; AWS-BEHAVIOUR.md §1).
 */
export type SelectionSource = 'statusCode' | 'lambdaErrorMessage';

export interface CompiledIntegrationResponse<T> {
  /** The configured status code, as AWS stores it ("200"), and as a number. */
  readonly statusCode: string;
  readonly status: number;
  readonly selectionPattern?: string;
  readonly parameters: CompiledResponseMappings;
  readonly templates: TemplateTable<T>;
  readonly contentHandling?: ContentHandling;
}

export interface CompiledIntegrationResponses<T> {
  readonly selectionSource: SelectionSource;
  /** Non-empty patterns, matched as a whole (Java `String.matches`), dot matching new lines. */
  readonly patterns: readonly { readonly regex: SafeRegex; readonly response: CompiledIntegrationResponse<T> }[];
  /** The response with an empty or absent selectionPattern. */
  readonly fallback?: CompiledIntegrationResponse<T>;
}

export interface CompileIntegrationResponsesOptions<T> {
  /** Compiles each response template once (e.g. @tollgate/vtl's compileTemplate). */
  readonly compileTemplate?: (source: string) => T;
  /** statusCode -> the method response's responseParameters, to refuse undeclared header targets. */
  readonly methodResponseParameters?: Readonly<Record<string, Readonly<Record<string, boolean>>>>;
}

const LAMBDA_URI = /:lambda:path\//;

/**
 * Compiles every integration response of an integration. Patterns are tried in status-code order;
 * among several defaults the lowest status code wins. Throws MappingCompileError for a bad status code,
 * a pattern that is not a valid regex, or an invalid parameter mapping.
 */
export function compileIntegrationResponses<T = string>(
  integration: Pick<SnapshotIntegration, 'type' | 'uri' | 'integrationResponses'>,
  options: CompileIntegrationResponsesOptions<T> = {},
): CompiledIntegrationResponses<T> {
  const selectionSource: SelectionSource =
    integration.type === 'AWS' && LAMBDA_URI.test(integration.uri ?? '') ? 'lambdaErrorMessage' : 'statusCode';
  const patterns: { regex: SafeRegex; response: CompiledIntegrationResponse<T> }[] = [];
  let fallback: CompiledIntegrationResponse<T> | undefined;
  const ordered = Object.values(integration.integrationResponses ?? {}).sort((a, b) => a.statusCode.localeCompare(b.statusCode));
  for (const response of ordered) {
    const compiled = compileOne(response, options);
    if (response.selectionPattern) patterns.push({ regex: compileSelectionPattern(response.selectionPattern), response: compiled });
    else fallback ??= compiled;
  }
  return { selectionSource, patterns, fallback };
}

function compileOne<T>(response: SnapshotIntegrationResponse, options: CompileIntegrationResponsesOptions<T>): CompiledIntegrationResponse<T> {
  if (!/^[1-5]\d\d$/.test(response.statusCode)) {
    throw new MappingCompileError(`Invalid status code specified: ${response.statusCode}`);
  }
  return {
    statusCode: response.statusCode,
    status: Number(response.statusCode),
    selectionPattern: response.selectionPattern || undefined,
    parameters: compileResponseMappings(response.responseParameters, {
      methodResponseParameters: options.methodResponseParameters?.[response.statusCode],
    }),
    templates: compileTemplateTable(response.responseTemplates, options.compileTemplate),
    contentHandling: response.contentHandling,
  };
}

/**
 * A selectionPattern (Java regex, whole-string match, DOTALL) compiled through @tollgate/safe-regex, so a
 * backend's status code or Lambda error message cannot make it backtrack for seconds. Throws
 * MappingCompileError for a pattern that is invalid or needs backtracking and may blow up; the snapshot
 * compiler uses this at CreateDeployment, the data plane on snapshot load.
 */
export function compileSelectionPattern(pattern: string): SafeRegex {
  try {
    return compileSafeRegex(pattern, { syntax: 'java', dotAll: true });
  } catch (error) {
    const why = error instanceof SafeRegexError && error.code === 'UNSAFE_PATTERN' ? ` (${error.message})` : '';
    throw new MappingCompileError(`Invalid selection pattern specified: ${pattern}${why}`);
  }
}

/**
 * The integration response for a selection value (see `selectionSource`); null when nothing matches and
 * there is no default, which AWS answers with 500 API_CONFIGURATION_ERROR.
 */
export function selectIntegrationResponse<T>(
  compiled: CompiledIntegrationResponses<T>, selectionValue: string,
): CompiledIntegrationResponse<T> | null {
  for (const { regex, response } of compiled.patterns) {
    if (matchesSelection(regex, selectionValue)) return response;
  }
  return compiled.fallback ?? null;
}

/** An error message too long for a backtracking-only pattern does not match it (AWS has no such case to copy). */
function matchesSelection(regex: SafeRegex, value: string): boolean {
  try {
    return regex.matches(value);
  } catch {
    return false;
  }
}
