import type { DocumentationPartEntity } from '@tollgate/persistence';
import { DocumentationPartsError } from './documentation-parts.error';
import { LOCATION_TYPES } from './documentation-location';

/** GetDocumentationParts' query filters. */
export interface DocumentationPartQuery {
  type?: string;
  nameQuery?: string;
  path?: string;
  locationStatus?: string;
}

const STATUSES = ['DOCUMENTED', 'UNDOCUMENTED'];

/** A predicate for the query; DOCUMENTED means the part has content (non-empty properties). */
export function documentationPartFilter(query: DocumentationPartQuery): (part: DocumentationPartEntity) => boolean {
  const fail = DocumentationPartsError.invalid;
  if (query.type !== undefined && !LOCATION_TYPES.includes(query.type)) throw fail(`Invalid documentation part type specified: ${query.type}`);
  if (query.locationStatus !== undefined && !STATUSES.includes(query.locationStatus)) throw fail(`Invalid location status specified: ${query.locationStatus}. Valid values are ${STATUSES.join(', ')}`);
  return (part) => {
    if (query.type !== undefined && part.location.type !== query.type) return false;
    if (query.path !== undefined && part.location.path !== query.path) return false;
    if (query.nameQuery !== undefined && !(part.location.name ?? '').includes(query.nameQuery)) return false;
    if (query.locationStatus !== undefined && (query.locationStatus === 'DOCUMENTED') !== hasContent(part.properties)) return false;
    return true;
  };
}

function hasContent(properties: string): boolean {
  try {
    const parsed = JSON.parse(properties) as unknown;
    return parsed !== null && typeof parsed === 'object' && Object.keys(parsed).length > 0;
  } catch {
    return properties.trim() !== '';
  }
}
