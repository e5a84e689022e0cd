import type { DeploymentSummary } from '@tollgate/persistence';
import { toEpochSeconds } from '../common/epoch-seconds';

/** AWS `Deployment` wire shape (dates in epoch seconds). */
export interface Deployment {
  id: string;
  description?: string;
  createdDate: number;
}

export function toDeployment(entity: Pick<DeploymentSummary, 'id' | 'description' | 'createdDate'>): Deployment {
  return { id: entity.id, description: entity.description ?? undefined, createdDate: toEpochSeconds(entity.createdDate) };
}
