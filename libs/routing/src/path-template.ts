import { RouteCompileError } from './route-compile-error';

export type TemplateSegment =
  | { readonly kind: 'literal'; readonly value: string }
  | { readonly kind: 'param'; readonly name: string }
  | { readonly kind: 'greedy'; readonly name: string };

const LITERAL = /^[a-zA-Z0-9._-]+$/;
const PARAM_NAME = /^[a-zA-Z0-9._-]+$/;

/** Splits a resource path template such as `/pets/{petId}/{proxy+}` into typed segments. */
export function parsePathTemplate(path: string): TemplateSegment[] {
  if (typeof path !== 'string' || !path.startsWith('/')) {
    throw new RouteCompileError(`Invalid resource path '${String(path)}': it must start with '/'`, String(path));
  }
  if (path === '/') return [];
  const parts = path.slice(1).split('/');
  const segments: TemplateSegment[] = [];
  parts.forEach((part, index) => {
    const segment = parseSegment(part, path);
    if (segment.kind === 'greedy' && index !== parts.length - 1) {
      throw new RouteCompileError(
        `Invalid resource path '${path}': a greedy path variable ({${segment.name}+}) must be the last path part`,
        path,
      );
    }
    segments.push(segment);
  });
  return segments;
}

function parseSegment(part: string, path: string): TemplateSegment {
  if (part === '') {
    throw new RouteCompileError(`Invalid resource path '${path}': empty path part (double or trailing slash)`, path);
  }
  if (part.startsWith('{') || part.endsWith('}')) {
    if (!part.startsWith('{') || !part.endsWith('}')) {
      throw invalidPart(path, part);
    }
    const inner = part.slice(1, -1);
    const greedy = inner.endsWith('+');
    const name = greedy ? inner.slice(0, -1) : inner;
    if (!PARAM_NAME.test(name)) throw invalidPart(path, part);
    return greedy ? { kind: 'greedy', name } : { kind: 'param', name };
  }
  if (!LITERAL.test(part)) throw invalidPart(path, part);
  return { kind: 'literal', value: part };
}

function invalidPart(path: string, part: string): RouteCompileError {
  return new RouteCompileError(
    `Invalid resource path '${path}': path part '${part}' may only contain a-zA-Z0-9._- and curly braces ` +
      'at the beginning and the end, with an optional plus sign before the closing brace',
    path,
  );
}
