import { MappingError } from './mapping-error';

const DECODER = new TextDecoder('utf-8');

/** Body bytes or text as text (invalid UTF-8 becomes U+FFFD, as AWS's lenient decoding). */
export function bodyText(body: string | Uint8Array | undefined): string {
  if (body === undefined) return '';
  return typeof body === 'string' ? body : DECODER.decode(body);
}

/**
 * The body as JSON for `*.body.<JSONPath>` sources. AWS only parses a body that starts (after white
 * space) with `{`, `[`, `"` or `'`; any other body reads as `{}`. A body that starts like JSON but is not
 * JSON is the client's fault: 400 "Invalid JSON in request body" on the request side.
 */
export function parseBodyJson(text: string, onError: 'throw' | 'skip'): unknown {
  const trimmed = text.trimStart();
  const first = trimmed[0];
  if (first !== '{' && first !== '[' && first !== '"' && first !== "'") return {};
  try {
    return JSON.parse(trimmed) as unknown;
  } catch (error) {
    if (onError === 'skip') return undefined;
    throw new MappingError('INVALID_JSON_BODY', (error as Error).message);
  }
}
