import type { RequestContext } from '../pipeline/context';

/**
 * Renders a mapping template for a request. The single seam the VTL library (libs/vtl, another issue)
 * replaces; until then templates are static text and are returned unchanged.
 */
export function renderTemplate(template: string, _context: RequestContext): string {
  return template;
}

/** True when a template cannot depend on the request, so its output can be computed at snapshot load. */
export function isStaticTemplate(template: string): boolean {
  return !template.includes('$') && !template.includes('#');
}
