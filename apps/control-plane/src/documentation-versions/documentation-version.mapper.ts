import type { DocumentationVersionEntity } from '@tollgate/persistence';
import { toEpochSeconds } from '../common/epoch-seconds';

/** AWS `DocumentationVersion` wire shape. */
export interface DocumentationVersion {
  version: string;
  createdDate: number;
  description?: string;
}

export function asDocumentationVersion(entity: DocumentationVersionEntity): DocumentationVersion {
  const version: DocumentationVersion = { version: entity.version, createdDate: toEpochSeconds(entity.createdDate) };
  if (entity.description !== null) version.description = entity.description;
  return version;
}
