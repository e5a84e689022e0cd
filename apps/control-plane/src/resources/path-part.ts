import { ResourcesError, ResourcesErrorCode } from './resources.error';

const LITERAL = /^[a-zA-Z0-9._-]+$/;
const VARIABLE = /^\{[a-zA-Z0-9._-]+\+?\}$/;

/** `{name}` or `{name+}`. */
export function isVariablePathPart(pathPart: string): boolean {
  return pathPart.startsWith('{');
}

/** `{name+}`. */
export function isGreedyPathPart(pathPart: string | null): boolean {
  return pathPart !== null && pathPart.endsWith('+}');
}

/** AWS's pathPart rule: literal `a-zA-Z0-9._-`, or one `{name}` / `{name+}` variable. */
export function validatePathPart(pathPart: unknown): string {
  if (typeof pathPart !== 'string' || !(LITERAL.test(pathPart) || VARIABLE.test(pathPart))) {
    throw new ResourcesError(
      ResourcesErrorCode.InvalidPathPart,
      "Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end and an optional plus sign before the closing brace.",
    );
  }
  return pathPart;
}

export function childPath(parentPath: string, pathPart: string): string {
  return parentPath === '/' ? `/${pathPart}` : `${parentPath}/${pathPart}`;
}
