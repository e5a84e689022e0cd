import type { DocumentationLocationValue, DocumentationPartEntity } from '@tollgate/persistence';

/** AWS `DocumentationPart` wire shape. */
export interface DocumentationPart {
  id: string;
  location: DocumentationLocationValue;
  properties: string;
}

export function asDocumentationPart(entity: Pick<DocumentationPartEntity, 'id' | 'location' | 'properties'>): DocumentationPart {
  return { id: entity.id, location: entity.location, properties: entity.properties };
}
