/** `Type/Sub; charset=x` -> `type/sub` (parameters dropped, trimmed, lower-cased); '' when absent. */
export function mediaType(value: string | undefined): string {
  if (value === undefined) return '';
  const semicolon = value.indexOf(';');
  return (semicolon === -1 ? value : value.slice(0, semicolon)).trim().toLowerCase();
}

/** An Accept header's media ranges in listed order, without those refused by `q=0`. */
export function acceptedMediaTypes(accept: string | undefined): string[] {
  if (!accept) return [];
  const result: string[] = [];
  for (const part of accept.split(',')) {
    const type = mediaType(part);
    if (type === '' || /;\s*q\s*=\s*0(?:\.0{0,3})?\s*(?:;|$)/i.test(part)) continue;
    result.push(type);
  }
  return result;
}

/**
 * Whether a Content-Type (or, for responses, the first media type of Accept: AWS only looks at the first
 * one) is in the API's binaryMediaTypes. Entries match exactly or as `type/*`; a `*\/*` entry matches only
 * the literal `*\/*` (AWS-BEHAVIOUR.md §11), so it does not make every payload binary.
 */
export function isBinaryMediaType(contentTypeOrAccept: string | undefined, binaryMediaTypes: readonly string[]): boolean {
  if (!contentTypeOrAccept || binaryMediaTypes.length === 0) return false;
  const comma = contentTypeOrAccept.indexOf(',');
  const type = mediaType(comma === -1 ? contentTypeOrAccept : contentTypeOrAccept.slice(0, comma));
  const slash = type.indexOf('/');
  if (slash <= 0 || slash === type.length - 1) return false;
  const major = type.slice(0, slash);
  for (const entry of binaryMediaTypes) {
    const candidate = mediaType(entry);
    if (candidate === type) return true;
    if (candidate === '*/*') continue;
    if (candidate.endsWith('/*') && candidate.slice(0, -2) === major) return true;
  }
  return false;
}
