import type { DocumentationPartValues } from '@tollgate/persistence';
import { asBody } from '../common/body-fields';
import { checkProperties, locationKey, parseLocation } from './documentation-location';
import { DocumentationPartsError } from './documentation-parts.error';

/** CreateDocumentationPart's body: a location validated per type and JSON-object properties. */
export function parseCreateDocumentationPartRequest(raw: unknown): DocumentationPartValues {
  const body = asBody(raw, DocumentationPartsError.invalid);
  const location = parseLocation(body.location);
  return { location, locationKey: locationKey(location), properties: checkProperties(body.properties) };
}
