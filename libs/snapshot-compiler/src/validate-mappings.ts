import type { SnapshotGatewayResponse, SnapshotIntegration, SnapshotResource } from '@tollgate/model';
import { compileRequestMappings, compileResponseMappings, compileSelectionPattern, MappingCompileError } from '@tollgate/mapping';
import { compileTemplate } from '@tollgate/vtl';
import { SnapshotCompileError, SnapshotCompileErrorCode } from './snapshot-compile-error';

/**
 * Compiles every mapping template and selection pattern the way the data plane will on snapshot load,
 * so a deployment it would reject (and silently not serve) is refused at CreateDeployment instead.
 */
export function validateMappings(resources: SnapshotResource[], gatewayResponses: SnapshotGatewayResponse[]): void {
  for (const resource of resources) {
    for (const method of Object.values(resource.methods)) {
      if (!method) continue;
      const where = `${method.httpMethod} ${resource.path}`;
      const { integration } = method;
      checkTemplates(integration.requestTemplates, `the integration request of ${where}`);
      checkRequestParameters(integration.requestParameters, integration.type);
      for (const response of Object.values(integration.integrationResponses)) {
        checkTemplates(response.responseTemplates, `the ${response.statusCode} integration response of ${where}`);
        if (response.selectionPattern) checkPattern(response.selectionPattern, `the ${response.statusCode} integration response of ${where}`);
        checkResponseParameters(response.responseParameters);
      }
    }
  }
  for (const response of gatewayResponses) checkTemplates(response.responseTemplates, `the ${response.responseType} gateway response`);
}

function checkTemplates(templates: Record<string, string>, where: string): void {
  for (const [contentType, source] of Object.entries(templates)) {
    try {
      compileTemplate(source);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new SnapshotCompileError(SnapshotCompileErrorCode.InvalidTemplate, `Invalid mapping template for ${contentType} in ${where}: ${reason}`);
    }
  }
}

/** The data plane compiles request parameter mappings on load; one it cannot compile is refused here. */
function checkRequestParameters(requestParameters: Record<string, string> | undefined, integrationType: SnapshotIntegration['type']): void {
  try {
    compileRequestMappings(requestParameters, { integrationType });
  } catch (error) {
    if (error instanceof MappingCompileError) throw new SnapshotCompileError(SnapshotCompileErrorCode.InvalidMapping, error.message);
    throw error;
  }
}

/** The data plane compiles integration response header mappings on load; one it cannot compile is refused here. */
function checkResponseParameters(responseParameters: Record<string, string> | undefined): void {
  try {
    compileResponseMappings(responseParameters);
  } catch (error) {
    if (error instanceof MappingCompileError) throw new SnapshotCompileError(SnapshotCompileErrorCode.InvalidMapping, error.message);
    throw error;
  }
}

function checkPattern(pattern: string, where: string): void {
  try {
    // Same compile as the data plane: a full match, dot matching new lines, through @tollgate/safe-regex
    // (a pattern that needs backtracking and nests quantifiers is refused, with the reason appended).
    compileSelectionPattern(pattern);
  } catch (error) {
    if (!(error instanceof MappingCompileError)) throw error;
    const reason = error.message.slice(`Invalid selection pattern specified: ${pattern}`.length);
    throw new SnapshotCompileError(SnapshotCompileErrorCode.InvalidSelectionPattern, `Invalid selection pattern specified in ${where}: ${pattern}${reason}`);
  }
}
