import type { ContentHandling } from '@tollgate/model';
import { MappingError } from './mapping-error';
import { isBinaryMediaType } from './media-type';

/** A payload after content handling: text (UTF-8 string) or binary bytes. */
export type Payload =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'binary'; readonly bytes: Uint8Array };

export interface RequestBodyInput {
  readonly body: Uint8Array;
  /** The method request's Content-Type. */
  readonly contentType: string | undefined;
  readonly binaryMediaTypes: readonly string[];
  /** The integration's contentHandling. */
  readonly contentHandling: ContentHandling | undefined;
}

export interface ResponseBodyInput {
  readonly body: Uint8Array | string;
  /** The endpoint response's Content-Type. */
  readonly contentType: string | undefined;
  /** The method request's Accept (only its first media type counts, as on AWS). */
  readonly accept: string | undefined;
  readonly binaryMediaTypes: readonly string[];
  /** The selected integration response's contentHandling. */
  readonly contentHandling: ContentHandling | undefined;
}

const LENIENT = new TextDecoder('utf-8');
const STRICT = new TextDecoder('utf-8', { fatal: true });
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The integration request payload (AWS's content type conversion table; AWS-BEHAVIOUR.md §11):
 * a body whose Content-Type is a binary media type stays binary, or is base64-encoded to text with
 * CONVERT_TO_TEXT; any other body is text, or is base64-decoded to binary with CONVERT_TO_BINARY
 * (MappingError INVALID_BASE64, 500, when it is not base64).
 */
export function convertRequestBody(input: RequestBodyInput): Payload {
  if (isBinaryMediaType(input.contentType, input.binaryMediaTypes)) {
    return input.contentHandling === 'CONVERT_TO_TEXT' ? { kind: 'text', text: toBase64(input.body) } : { kind: 'binary', bytes: input.body };
  }
  if (input.contentHandling === 'CONVERT_TO_BINARY') return { kind: 'binary', bytes: fromBase64(LENIENT.decode(input.body)) };
  return { kind: 'text', text: LENIENT.decode(input.body) };
}

/**
 * The method response payload: a binary endpoint body (its Content-Type is a binary media type) is
 * base64-encoded with CONVERT_TO_TEXT, or with no handling when the client's Accept is not binary; it
 * stays binary otherwise. A text body is base64-decoded to binary with CONVERT_TO_BINARY, or with no
 * handling when Accept is binary (MappingError INVALID_BASE64 when it is not base64); it stays text otherwise.
 */
export function convertResponseBody(input: ResponseBodyInput): Payload {
  const binaryAccept = isBinaryMediaType(input.accept, input.binaryMediaTypes);
  const toText = input.contentHandling === 'CONVERT_TO_TEXT' || (input.contentHandling === undefined && !binaryAccept);
  const bytes = typeof input.body === 'string' ? undefined : input.body;
  if (bytes !== undefined && isBinaryMediaType(input.contentType, input.binaryMediaTypes)) {
    return toText ? { kind: 'text', text: toBase64(bytes) } : { kind: 'binary', bytes };
  }
  const text = typeof input.body === 'string' ? input.body : LENIENT.decode(input.body);
  return toText ? { kind: 'text', text } : { kind: 'binary', bytes: fromBase64(text) };
}

/**
 * The text a mapping template reads as `$input.body`. A binary payload must be valid UTF-8:
 * otherwise AWS answers 500 (MappingError BINARY_BODY_FOR_TEMPLATE).
 */
export function payloadTextForTemplate(payload: Payload): string {
  if (payload.kind === 'text') return payload.text;
  try {
    return STRICT.decode(payload.bytes);
  } catch {
    throw new MappingError('BINARY_BODY_FOR_TEMPLATE', 'a binary body cannot be given to a text mapping template');
  }
}

/** Bytes to send: text as UTF-8, binary as it is. */
export function payloadBytes(payload: Payload): Uint8Array {
  return payload.kind === 'binary' ? payload.bytes : Buffer.from(payload.text, 'utf8');
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/** Strict base64 (standard alphabet, padded; line breaks and spaces are ignored). */
export function fromBase64(text: string): Uint8Array {
  const compact = text.replace(/[\s]+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) {
    throw new MappingError('INVALID_BASE64', 'the payload is not valid base64');
  }
  return Buffer.from(compact, 'base64');
}
