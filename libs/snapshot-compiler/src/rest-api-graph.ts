import type {
  ApiKeySource,
  SnapshotAuthorizer,
  SnapshotGatewayResponse,
  SnapshotIntegration,
  SnapshotIntegrationResponse,
  SnapshotMethod,
  SnapshotMethodResponse,
  SnapshotRequestValidator,
} from '@tollgate/model';

/**
 * Everything CreateDeployment freezes, as plain objects straight from storage (lists, any order).
 * The compiler turns it into the keyed, ordered Snapshot; nothing here knows about Postgres.
 */
export interface RestApiGraph {
  restApi: GraphRestApi;
  resources: GraphResource[];
  models: GraphModel[];
  requestValidators: SnapshotRequestValidator[];
  authorizers: SnapshotAuthorizer[];
  gatewayResponses: SnapshotGatewayResponse[];
}

export interface GraphRestApi {
  id: string;
  accountId: string;
  region: string;
  apiKeySource: ApiKeySource;
  binaryMediaTypes: string[];
  minimumCompressionSize?: number;
  disableExecuteApiEndpoint: boolean;
}

export interface GraphResource {
  id: string;
  parentId?: string;
  /** Full path template, e.g. `/pets/{petId}`; the root is `/`. */
  path: string;
  pathPart?: string;
  methods: GraphMethod[];
}

export interface GraphMethod extends Omit<SnapshotMethod, 'methodResponses' | 'integration'> {
  methodResponses: SnapshotMethodResponse[];
  /** Absent when PutIntegration was never called: CreateDeployment refuses that. */
  integration?: GraphIntegration;
}

export interface GraphIntegration extends Omit<SnapshotIntegration, 'integrationResponses'> {
  integrationResponses: SnapshotIntegrationResponse[];
}

export interface GraphModel {
  name: string;
  contentType: string;
  /** Parsed JSON schema as stored; may `$ref` other models by their AWS model URL. */
  schema: unknown;
}
