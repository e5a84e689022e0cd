/** Header rules from AWS-BEHAVIOUR.md §1 (rows 1 and 10) and §5/§7, as lower-cased sets. */

/** Never forwarded to an HTTP_PROXY upstream. */
export const PROXY_REQUEST_DROPPED = new Set([
  // hop-by-hop and request-framing headers (§1 row 1); content-length is kept because the body is streamed unchanged
  'connection', 'keep-alive', 'proxy-connection', 'content-md5', 'expect', 'max-forwards', 'proxy-authenticate',
  'proxy-authorization', 'server', 'te', 'transfer-encoding', 'trailer', 'upgrade', 'www-authenticate',
  // §7: HTTP_PROXY drops Host and Content-Encoding
  'host', 'content-encoding',
  // The response's Content-Encoding is dropped (§1 row 10), so ask the upstream for an identity body.
  'accept-encoding',
  // Replaced by our own values.
  'x-forwarded-for', 'x-forwarded-port', 'x-forwarded-proto', 'x-amzn-trace-id', 'x-amzn-apigateway-api-id',
]);

/** Dropped from HTTP_PROXY responses (§1 row 10) plus keep-alive, which is hop-by-hop. */
export const PROXY_RESPONSE_DROPPED = new Set(['transfer-encoding', 'content-encoding', 'via', 'keep-alive']);

/** Renamed to `x-amzn-Remapped-<Name>` on every integration response (§1 row 10). */
export const ALWAYS_REMAPPED: ReadonlyMap<string, string> = new Map([
  ['connection', 'x-amzn-Remapped-Connection'],
  ['content-length', 'x-amzn-Remapped-Content-Length'],
  ['date', 'x-amzn-Remapped-Date'],
  ['server', 'x-amzn-Remapped-Server'],
]);
