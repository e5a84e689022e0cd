import type { HttpMethod, Snapshot, SnapshotIntegration, SnapshotMethod } from '@tollgate/model';
import type { ApiDefinition, AuthorizerDefinition, IntegrationDefinition, MethodDefinition } from '@tollgate/openapi';

/**
 * A deployment's view of the API: what the snapshot froze (resources, methods, integrations, validators,
 * authorizers, gateway responses, API settings it carries) over the current definition, which still
 * supplies what snapshots do not keep (name, description, version, policy, model sources, documentation,
 * authorizers' authType).
 */
export function overlaySnapshot(current: ApiDefinition, snapshot: Snapshot): ApiDefinition {
  const authTypes = new Map(current.authorizers.map((a) => [a.name, a.authType]));
  const authorizerNames = new Map(Object.values(snapshot.authorizers).map((a) => [a.id, a.name]));
  const validatorNames = new Map(Object.values(snapshot.requestValidators).map((v) => [v.id, v.name]));
  const definition: ApiDefinition = {
    ...current,
    apiKeySource: snapshot.apiKeySource,
    binaryMediaTypes: snapshot.binaryMediaTypes,
    disableExecuteApiEndpoint: snapshot.disableExecuteApiEndpoint,
    resources: [...snapshot.resources]
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map((resource) => ({
        path: resource.path,
        methods: Object.fromEntries(Object.entries(resource.methods).map(([verb, method]) => [verb, toMethod(method, authorizerNames, validatorNames)])) as Partial<Record<HttpMethod, MethodDefinition>>,
      })),
    requestValidators: Object.values(snapshot.requestValidators).map((v) => ({ name: v.name, validateRequestBody: v.validateRequestBody, validateRequestParameters: v.validateRequestParameters })),
    authorizers: Object.values(snapshot.authorizers).map((a) => {
      const { id: _id, ...rest } = a;
      const authType = authTypes.get(a.name);
      return { ...rest, ...(authType !== undefined ? { authType } : {}) } satisfies AuthorizerDefinition;
    }),
    gatewayResponses: Object.values(snapshot.gatewayResponses).map((g) => ({ ...g })),
  };
  if (snapshot.minimumCompressionSize !== undefined) definition.minimumCompressionSize = snapshot.minimumCompressionSize;
  else delete definition.minimumCompressionSize;
  return definition;
}

function toMethod(method: SnapshotMethod, authorizerNames: Map<string, string>, validatorNames: Map<string, string>): MethodDefinition {
  const { authorizerId, requestValidatorId, integration, methodResponses, ...rest } = method;
  const out: MethodDefinition = { ...rest, methodResponses: { ...methodResponses } };
  const authorizerName = authorizerId !== undefined ? authorizerNames.get(authorizerId) : undefined;
  if (authorizerName !== undefined) out.authorizerName = authorizerName;
  const validatorName = requestValidatorId !== undefined ? validatorNames.get(requestValidatorId) : undefined;
  if (validatorName !== undefined) out.requestValidatorName = validatorName;
  if (integration !== undefined) out.integration = toIntegration(integration);
  return out;
}

function toIntegration(integration: SnapshotIntegration): IntegrationDefinition {
  return { ...integration, integrationResponses: { ...integration.integrationResponses } };
}
