import type { GatewayResponseTypeName } from '@tollgate/model';

/** Why a request could not be mapped; each code fixes the gateway response AWS answers with. */
export type MappingErrorCode =
  | 'INVALID_JSON_BODY'
  | 'ILLEGAL_HEADER'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'NO_INTEGRATION_RESPONSE'
  | 'INVALID_BASE64'
  | 'BINARY_BODY_FOR_TEMPLATE';

interface MappingErrorShape {
  readonly responseType: GatewayResponseTypeName;
  readonly statusCode: number;
  readonly message: string;
}

// Statuses and client-visible messages as AWS sends them (AWS-BEHAVIOUR.md §1, §2, §11).
const SHAPES: Readonly<Record<MappingErrorCode, MappingErrorShape>> = {
  INVALID_JSON_BODY: { responseType: 'DEFAULT_4XX', statusCode: 400, message: 'Invalid JSON in request body' },
  ILLEGAL_HEADER: { responseType: 'API_CONFIGURATION_ERROR', statusCode: 500, message: 'Internal server error' },
  UNSUPPORTED_MEDIA_TYPE: { responseType: 'UNSUPPORTED_MEDIA_TYPE', statusCode: 415, message: 'Unsupported Media Type' },
  NO_INTEGRATION_RESPONSE: { responseType: 'API_CONFIGURATION_ERROR', statusCode: 500, message: 'Internal server error' },
  INVALID_BASE64: { responseType: 'API_CONFIGURATION_ERROR', statusCode: 500, message: 'Internal server error' },
  BINARY_BODY_FOR_TEMPLATE: { responseType: 'API_CONFIGURATION_ERROR', statusCode: 500, message: 'Internal server error' },
};

/**
 * A per-request mapping failure. `responseType`/`statusCode`/`message` are what the client must see;
 * `detail` says why (for logs and TestInvokeMethod), never for the client.
 */
export class MappingError extends Error {
  override readonly name = 'MappingError';
  readonly responseType: GatewayResponseTypeName;
  readonly statusCode: number;

  constructor(readonly code: MappingErrorCode, readonly detail?: string) {
    super(SHAPES[code].message);
    this.responseType = SHAPES[code].responseType;
    this.statusCode = SHAPES[code].statusCode;
  }
}

/**
 * A mapping configuration AWS would refuse at PutIntegration/PutIntegrationResponse time (or that the
 * snapshot compiler must refuse). `message` is AWS's BadRequestException text.
 */
export class MappingCompileError extends Error {
  override readonly name = 'MappingCompileError';

  constructor(message: string, readonly errors: readonly string[] = []) {
    super(message);
  }

  /** AWS's wording for bad parameter mappings, one entry per invalid key or value. */
  static forExpressions(errors: readonly string[]): MappingCompileError {
    return new MappingCompileError(
      `Invalid mapping expression specified: Validation Result: warnings : [], errors : [${errors.join(', ')}]`, errors,
    );
  }
}
