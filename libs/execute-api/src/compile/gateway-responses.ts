import {
  GATEWAY_RESPONSE_DEFAULTS,
  GATEWAY_RESPONSE_TYPES,
  type GatewayResponseTypeName,
  type SnapshotGatewayResponse,
} from '@tollgate/model';
import type { FlatHeaders } from '../pipeline/context';

/** A gateway response type resolved through the user's config, DEFAULT_4XX/5XX and the built-in default. */
export interface ResolvedGatewayResponse {
  readonly statusCode: number;
  readonly errorType: string;
  readonly defaultMessage: string | null;
  /** application/json template, or undefined for the default `{"message":...}` body. */
  readonly template: string | undefined;
  /** `gatewayresponse.header.X: "'v'"` pairs. */
  readonly staticHeaders: FlatHeaders;
}

export type GatewayResponseTable = Readonly<Record<GatewayResponseTypeName, ResolvedGatewayResponse>>;

const HEADER_TARGET = 'gatewayresponse.header.';

/** Resolves all types once per snapshot (and once for requests that match no API). */
export function compileGatewayResponses(configured: Partial<Record<GatewayResponseTypeName, SnapshotGatewayResponse>>): GatewayResponseTable {
  const table = {} as Record<GatewayResponseTypeName, ResolvedGatewayResponse>;
  for (const type of GATEWAY_RESPONSE_TYPES) {
    const builtIn = GATEWAY_RESPONSE_DEFAULTS[type];
    const family = builtIn.runtimeStatus >= 500 ? 'DEFAULT_5XX' : 'DEFAULT_4XX';
    // The user's response for the type wins; else their DEFAULT_4XX/5XX; else the built-in default.
    const chosen = configured[type] ?? configured[family];
    const status = chosen?.statusCode;
    const template = chosen?.responseTemplates?.['application/json'];
    const staticHeaders: FlatHeaders = [];
    for (const [target, value] of Object.entries(chosen?.responseParameters ?? {})) {
      if (target.startsWith(HEADER_TARGET) && value.length >= 2 && value.startsWith("'") && value.endsWith("'")) {
        staticHeaders.push(target.slice(HEADER_TARGET.length), value.slice(1, -1));
      }
    }
    const parsed = status === undefined ? NaN : Number(status);
    table[type] = Object.freeze({
      statusCode: Number.isInteger(parsed) && parsed >= 100 && parsed <= 599 ? parsed : builtIn.runtimeStatus,
      errorType: builtIn.errorType,
      defaultMessage: builtIn.message,
      template,
      staticHeaders,
    });
  }
  return Object.freeze(table);
}

/** Used when no API matched, so there is no snapshot to take gateway responses from. */
export const DEFAULT_GATEWAY_RESPONSES: GatewayResponseTable = compileGatewayResponses({});
