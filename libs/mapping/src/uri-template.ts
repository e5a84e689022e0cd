import { own } from './own-property';

/**
 * An integration URI compiled once: `http://h/pets/{id}?v=${stageVariables.v}` becomes literal text
 * plus placeholders, so rendering only concatenates.
 */
export type UriPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'path'; readonly name: string }
  | { readonly kind: 'stageVariable'; readonly name: string };

export interface CompiledUri {
  readonly parts: readonly UriPart[];
  /** Names used as `{name}` / `{name+}` (each needs an `integration.request.path.<name>` mapping). */
  readonly pathParameterNames: readonly string[];
}

const PLACEHOLDER = /\$\{stageVariables\.([A-Za-z0-9_$-]+)\}|\{([A-Za-z0-9._$-]+?)\+?\}/g;

export function compileUri(uri: string): CompiledUri {
  const parts: UriPart[] = [];
  const names = new Set<string>();
  let last = 0;
  for (const match of uri.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push({ kind: 'text', text: uri.slice(last, match.index) });
    if (match[1] !== undefined) {
      parts.push({ kind: 'stageVariable', name: match[1] });
    } else {
      parts.push({ kind: 'path', name: match[2] });
      names.add(match[2]);
    }
    last = match.index + match[0].length;
  }
  if (last < uri.length) parts.push({ kind: 'text', text: uri.slice(last) });
  return { parts, pathParameterNames: [...names] };
}

/**
 * Renders the URI. `{name}` takes the mapped integration path parameter and `${stageVariables.x}` the
 * stage variable; missing ones become ''. Path values are inserted as given (method path parameters
 * arrive still URL-encoded, AWS-BEHAVIOUR.md §4), except that characters which cannot appear in a URL
 * at all (space, quotes, non-ASCII, ...) are percent-encoded so the result stays a valid URL.
 * Stage variable values are inserted as they are (they may hold a scheme and host).
 */
export function renderUri(
  compiled: CompiledUri, pathParameters: Readonly<Record<string, string>>, stageVariables: Readonly<Record<string, string>>,
): string {
  let out = '';
  for (const part of compiled.parts) {
    if (part.kind === 'text') out += part.text;
    else if (part.kind === 'path') out += encodeUnsafe(own(pathParameters, part.name) ?? '');
    else out += own(stageVariables, part.name) ?? '';
  }
  return out;
}

// Anything outside RFC 3986's unreserved, reserved and '%' characters.
const UNSAFE = /[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/u;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'gu');

function encodeUnsafe(value: string): string {
  return UNSAFE.test(value) ? value.replace(UNSAFE_ALL, encodeChar) : value;
}

function encodeChar(char: string): string {
  try {
    return encodeURIComponent(char);
  } catch {
    // A lone surrogate cannot be UTF-8 encoded: the replacement character, as a lenient decoder would.
    return '%EF%BF%BD';
  }
}
