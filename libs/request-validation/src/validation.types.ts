import type { GatewayResponseTypeName } from '@tollgate/model';

/** What the validate stage knows about the request when it runs (after routing, before mapping). */
export interface ValidationRequest {
  /** Lower-cased header names -> last value. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly pathParameters: Readonly<Record<string, string | undefined>>;
  /** Query string, last value per name. */
  readonly queryStringParameters: Readonly<Record<string, string | undefined>>;
  /** The raw Content-Type header; absent (or blank) counts as `application/json`, as on AWS. */
  readonly contentType: string | undefined;
  /** The whole body as text; undefined or empty is validated as `{}`. */
  readonly body: string | undefined;
}

export type ValidationFailureType = Extract<GatewayResponseTypeName, 'BAD_REQUEST_PARAMETERS' | 'BAD_REQUEST_BODY'>;

/** Why a request was refused: the gateway response type, its message and `$context.error.validationErrorString`. */
export interface ValidationFailure {
  readonly type: ValidationFailureType;
  readonly message: string;
  readonly validationErrorString: string;
}

export type ParameterLocation = 'header' | 'path' | 'querystring';

/** One `method.request.<location>.<name>` marked required. */
export interface RequiredParameter {
  readonly location: ParameterLocation;
  /** The name as declared (what AWS lists in its message). */
  readonly name: string;
  /** Lookup key: lower-cased for headers (case-insensitive), as declared otherwise. */
  readonly key: string;
}

/** A model schema compiled once at snapshot load. */
export interface CompiledModel {
  readonly name: string;
  /** Returns the json-schema-validator style messages, or undefined when the value is valid. */
  readonly check: (value: unknown) => string[] | undefined;
}

/** Everything a method's validator checks, compiled once per snapshot. Read-only, shared by requests. */
export interface CompiledValidation {
  /** Required parameters in AWS's message order (sorted by the full `method.request.<loc>.<name>` key). */
  readonly requiredParameters: readonly RequiredParameter[];
  /** Lower-cased media type (or `$default`) -> model; empty when the body is not validated. */
  readonly bodyModels: ReadonlyMap<string, CompiledModel>;
  /** Configuration problems met while compiling (unknown model, uncompilable schema), for the loader to log. */
  readonly problems: readonly string[];
}
