import type { Snapshot } from '@tollgate/model';
import type { DeploymentSummary } from '@tollgate/persistence';
import { toEpochSeconds } from '../common/epoch-seconds';

/** AWS `Deployment` wire shape (dates in epoch seconds). */
export interface Deployment {
  id: string;
  description?: string;
  createdDate: number;
  /** Only with `embed=apisummary`: resource path -> verb -> method summary. */
  apiSummary?: Record<string, Record<string, { authorizationType: string; apiKeyRequired: boolean }>>;
}

export function toDeployment(entity: Pick<DeploymentSummary, 'id' | 'description' | 'createdDate'>): Deployment {
  return { id: entity.id, description: entity.description ?? undefined, createdDate: toEpochSeconds(entity.createdDate) };
}

/** `apiSummary` from the deployment's frozen snapshot (what it actually serves, not the current API). */
export function toApiSummary(snapshot: Snapshot): NonNullable<Deployment['apiSummary']> {
  const summary: NonNullable<Deployment['apiSummary']> = {};
  for (const resource of snapshot.resources) {
    const methods = Object.values(resource.methods).filter((m) => m !== undefined);
    if (methods.length === 0) continue;
    summary[resource.path] = Object.fromEntries(methods.map((m) => [m.httpMethod, { authorizationType: m.authorizationType, apiKeyRequired: m.apiKeyRequired }]));
  }
  return summary;
}
