import type { BasePathMode, EndpointType, PutMode } from '@tollgate/openapi';
import { RestApiImportsError } from './rest-api-imports.error';

/** ImportRestApi / PutRestApi query string: `failonwarnings`, `mode` (Put only) and the `parameters` map. */
export interface ImportRestApiRequest {
  failOnWarnings: boolean;
  basePath: BasePathMode;
  ignoreDocumentation: boolean;
  /** `parameters.endpointConfigurationTypes`, used when the document has no endpoint configuration. */
  endpointTypes: EndpointType[];
}

export interface PutRestApiRequest extends Omit<ImportRestApiRequest, 'endpointTypes'> {
  mode: PutMode;
}

type Query = Readonly<Record<string, unknown>>;

const BASE_PATH_MODES: readonly BasePathMode[] = ['ignore', 'prepend', 'split'];
const ENDPOINT_TYPES: readonly EndpointType[] = ['EDGE', 'REGIONAL', 'PRIVATE'];

export function parseImportRestApiRequest(query: Query): ImportRestApiRequest {
  const types = text(query, 'endpointConfigurationTypes');
  let endpointTypes: EndpointType[] = ['EDGE'];
  if (types !== undefined) {
    const upper = types.toUpperCase();
    if (!(ENDPOINT_TYPES as readonly string[]).includes(upper)) {
      throw RestApiImportsError.invalid(`Invalid endpoint configuration type: ${types}. Valid values are: ${ENDPOINT_TYPES.join(', ')}`);
    }
    endpointTypes = [upper as EndpointType];
  }
  return { ...common(query), endpointTypes };
}

export function parsePutRestApiRequest(query: Query): PutRestApiRequest {
  const mode = text(query, 'mode') ?? 'merge';
  if (mode !== 'merge' && mode !== 'overwrite') throw RestApiImportsError.invalid(`Invalid mode: ${mode}. Valid values are: merge, overwrite`);
  return { ...common(query), mode };
}

function common(query: Query): Omit<ImportRestApiRequest, 'endpointTypes'> {
  const fail = text(query, 'failonwarnings');
  if (fail !== undefined && fail !== 'true' && fail !== 'false') throw RestApiImportsError.invalid(`Invalid value for failonwarnings: ${fail}. Valid values are: true, false`);
  const basePath = (text(query, 'basepath') ?? 'ignore').toLowerCase();
  if (!(BASE_PATH_MODES as readonly string[]).includes(basePath)) {
    throw RestApiImportsError.invalid(`Invalid basepath parameter value: ${basePath}. Valid values are: ${BASE_PATH_MODES.join(', ')}`);
  }
  const ignore = text(query, 'ignore');
  if (ignore !== undefined && ignore !== 'documentation') throw RestApiImportsError.invalid(`Invalid ignore parameter value: ${ignore}. Valid values are: documentation`);
  return { failOnWarnings: fail === 'true', basePath: basePath as BasePathMode, ignoreDocumentation: ignore === 'documentation' };
}

/** A single query value; a repeated parameter is refused rather than guessed at. */
function text(query: Query, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw RestApiImportsError.invalid(`Parameter ${name} must be given once`);
  return value;
}
