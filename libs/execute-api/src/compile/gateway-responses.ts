import {
  GATEWAY_RESPONSE_DEFAULTS,
  GATEWAY_RESPONSE_TYPES,
  type GatewayResponseTypeName,
  type SnapshotGatewayResponse,
} from '@tollgate/model';
import { compileTemplateTable, type TemplateTable } from '@tollgate/mapping';
import { compileSubstitution, type SubstitutionTemplate } from './substitution-template';

/** Where a `gatewayresponse.header.X` value comes from (AWS "Gateway response parameter mapping"). */
export type GatewayHeaderSource =
  | { readonly kind: 'static'; readonly value: string }
  | { readonly kind: 'header' | 'multivalueheader' | 'path' | 'querystring' | 'multivaluequerystring'; readonly name: string }
  | { readonly kind: 'stageVariable'; readonly name: string }
  | { readonly kind: 'context'; readonly path: readonly string[] };

/** A gateway response type resolved through the user's config, DEFAULT_4XX/5XX and the built-in default. */
export interface ResolvedGatewayResponse {
  readonly statusCode: number;
  readonly errorType: string;
  readonly defaultMessage: string | null;
  /** Content type -> precompiled substitution template; undefined for the default `{"message":...}` body. */
  readonly templates: TemplateTable<SubstitutionTemplate> | undefined;
  readonly headers: readonly { readonly name: string; readonly source: GatewayHeaderSource }[];
}

export type GatewayResponseTable = Readonly<Record<GatewayResponseTypeName, ResolvedGatewayResponse>>;

const HEADER_TARGET = 'gatewayresponse.header.';
const METHOD_REQUEST = /^method\.request\.(header|multivalueheader|path|querystring|multivaluequerystring)\.(.+)$/;

/** Resolves all types once per snapshot (and once for requests that match no API). */
export function compileGatewayResponses(configured: Partial<Record<GatewayResponseTypeName, SnapshotGatewayResponse>>): GatewayResponseTable {
  const table = {} as Record<GatewayResponseTypeName, ResolvedGatewayResponse>;
  for (const type of GATEWAY_RESPONSE_TYPES) {
    const builtIn = GATEWAY_RESPONSE_DEFAULTS[type];
    const family = builtIn.runtimeStatus >= 500 ? 'DEFAULT_5XX' : 'DEFAULT_4XX';
    // The user's response for the type wins; else their DEFAULT_4XX/5XX; else the built-in default.
    const chosen = configured[type] ?? configured[family];
    const parsed = chosen?.statusCode === undefined ? NaN : Number(chosen.statusCode);
    const templates = chosen?.responseTemplates && Object.keys(chosen.responseTemplates).length > 0
      ? compileTemplateTable(chosen.responseTemplates, compileSubstitution)
      : undefined;
    const headers: { name: string; source: GatewayHeaderSource }[] = [];
    for (const [target, expression] of Object.entries(chosen?.responseParameters ?? {})) {
      const source = target.startsWith(HEADER_TARGET) ? parseSource(expression) : undefined;
      if (source) headers.push({ name: target.slice(HEADER_TARGET.length), source });
    }
    table[type] = Object.freeze({
      statusCode: Number.isInteger(parsed) && parsed >= 100 && parsed <= 599 ? parsed : builtIn.runtimeStatus,
      errorType: builtIn.errorType,
      defaultMessage: builtIn.message,
      templates,
      headers,
    });
  }
  return Object.freeze(table);
}

/** Unknown expressions are skipped (the control plane refuses them when the response is put). */
export function parseSource(expression: string): GatewayHeaderSource | undefined {
  if (expression.length >= 2 && expression.startsWith("'") && expression.endsWith("'")) return { kind: 'static', value: expression.slice(1, -1) };
  const request = METHOD_REQUEST.exec(expression);
  if (request) return { kind: request[1] as 'header', name: request[2] };
  if (expression.startsWith('stageVariables.') && expression.length > 'stageVariables.'.length) {
    return { kind: 'stageVariable', name: expression.slice('stageVariables.'.length) };
  }
  if (expression.startsWith('context.') && expression.length > 'context.'.length) {
    return { kind: 'context', path: expression.slice('context.'.length).split('.') };
  }
  return undefined;
}

/** Used when no API matched, so there is no snapshot to take gateway responses from. */
export const DEFAULT_GATEWAY_RESPONSES: GatewayResponseTable = compileGatewayResponses({});
