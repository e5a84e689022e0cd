import type { DocumentationLocationValue } from '../documentation-parts/documentation-part.entity';

/**
 * A documentation location with AWS's defaults filled in (path `/`, method and status code `*` where the
 * type has them), and its canonical key, so one location holds one part whoever wrote it. The key has the
 * same form as the documentation-parts feature's `locationKey`, so imported parts and CreateDocumentationPart
 * collide on the same unique index.
 */
export function normaliseDocumentationLocation(location: DocumentationLocationValue): DocumentationLocationValue {
  const out: DocumentationLocationValue = { type: location.type };
  if (location.type !== 'API' && location.type !== 'AUTHORIZER' && location.type !== 'MODEL') out.path = location.path ?? '/';
  if (['METHOD', 'PATH_PARAMETER', 'QUERY_PARAMETER', 'REQUEST_HEADER', 'REQUEST_BODY', 'RESPONSE', 'RESPONSE_HEADER', 'RESPONSE_BODY'].includes(location.type)) {
    out.method = location.method === undefined ? '*' : location.method.toUpperCase();
  }
  if (['RESPONSE', 'RESPONSE_HEADER', 'RESPONSE_BODY'].includes(location.type)) out.statusCode = location.statusCode ?? '*';
  if (location.name !== undefined) out.name = location.name;
  return out;
}

export function documentationLocationKey(location: DocumentationLocationValue): string {
  const l = normaliseDocumentationLocation(location);
  return JSON.stringify([l.type, l.path ?? null, l.method ?? null, l.statusCode ?? null, l.name ?? null]);
}
