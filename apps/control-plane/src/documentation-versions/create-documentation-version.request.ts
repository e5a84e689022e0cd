import { asBody, optionalString } from '../common/body-fields';
import { DocumentationVersionsError } from './documentation-versions.error';

export interface CreateDocumentationVersionRequest {
  documentationVersion: string;
  stageName?: string;
  description: string | null;
}

/** CreateDocumentationVersion's body. */
export function parseCreateDocumentationVersionRequest(raw: unknown): CreateDocumentationVersionRequest {
  const fail = DocumentationVersionsError.invalid;
  const body = asBody(raw, fail);
  const documentationVersion = optionalString(body, 'documentationVersion', fail, 1024);
  if (documentationVersion === undefined || documentationVersion.trim() === '') throw fail('Documentation version must be non-empty');
  return {
    documentationVersion,
    stageName: optionalString(body, 'stageName', fail, 128),
    description: optionalString(body, 'description', fail) ?? null,
  };
}
