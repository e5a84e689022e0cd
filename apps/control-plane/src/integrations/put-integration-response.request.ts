import { compileSelectionPattern } from '@tollgate/mapping';
import type { ContentHandling } from '@tollgate/model';
import { asBody, optionalString, optionalStringMap } from '../common/body-fields';
import { IntegrationsError } from './integrations.error';
import { CONTENT_HANDLING } from './put-integration.request';

const RESPONSE_PARAMETER = /^method\.response\.header\.[^\s]+$/;

/** PutIntegrationResponse body. */
export interface PutIntegrationResponseRequest {
  selectionPattern?: string;
  responseParameters: Record<string, string>;
  responseTemplates: Record<string, string>;
  contentHandling?: ContentHandling;
}

export function parsePutIntegrationResponseRequest(raw: unknown): PutIntegrationResponseRequest {
  const fail = IntegrationsError.invalid;
  const body = asBody(raw, fail);
  const selectionPattern = optionalString(body, 'selectionPattern', fail);
  if (selectionPattern) {
    // The same compiler the data plane uses, so an unsafe pattern is refused here, not at deploy time.
    try {
      compileSelectionPattern(selectionPattern);
    } catch {
      throw fail(`Invalid selection pattern specified in 'selectionPattern': ${selectionPattern}`);
    }
  }
  const responseParameters = optionalStringMap(body, 'responseParameters', fail) ?? {};
  for (const name of Object.keys(responseParameters)) {
    if (!RESPONSE_PARAMETER.test(name)) throw fail(`Invalid mapping expression specified in 'responseParameters': ${name}`);
  }
  const contentHandling = optionalString(body, 'contentHandling', fail);
  if (contentHandling && !(CONTENT_HANDLING as readonly string[]).includes(contentHandling)) throw fail(`Invalid 'contentHandling': ${contentHandling}. Valid values are ${CONTENT_HANDLING.join(', ')}`);
  return {
    selectionPattern: selectionPattern || undefined,
    responseParameters,
    responseTemplates: optionalStringMap(body, 'responseTemplates', fail) ?? {},
    contentHandling: contentHandling as ContentHandling | undefined,
  };
}
