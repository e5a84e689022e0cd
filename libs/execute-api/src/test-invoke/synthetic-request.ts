import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import type { FlatHeaders } from '../pipeline/context';

export interface SyntheticRequestInit {
  readonly method: string;
  /** Path and query as the stages see `req.url`. */
  readonly url: string;
  /** Client spelling and order, as node's rawHeaders. */
  readonly rawHeaders: FlatHeaders;
  readonly body: Buffer;
}

/**
 * A real IncomingMessage that never had a socket: the test request's headers and body, read by the
 * stages exactly like a client's (rawHeaders, lower-cased `headers`, a readable body). The socket is
 * an unconnected placeholder, so `remoteAddress` and `localPort` are undefined.
 */
export function createSyntheticRequest(init: SyntheticRequestInit): IncomingMessage {
  const req = new IncomingMessage(new Socket());
  req.method = init.method;
  req.url = init.url;
  req.httpVersion = '1.1';
  req.httpVersionMajor = 1;
  req.httpVersionMinor = 1;
  // Framing comes from the body we hold, never from a header the caller typed: a wrong length would
  // make a proxied backend wait for bytes that never come.
  const rawHeaders: FlatHeaders = [];
  for (let i = 0; i < init.rawHeaders.length; i += 2) {
    const name = init.rawHeaders[i].toLowerCase();
    if (name !== 'content-length' && name !== 'transfer-encoding') rawHeaders.push(init.rawHeaders[i], init.rawHeaders[i + 1]);
  }
  if (init.body.length > 0) rawHeaders.push('Content-Length', String(init.body.length));
  req.rawHeaders = rawHeaders;
  req.headers = lowerCasedHeaders(rawHeaders);
  if (init.body.length > 0) req.push(init.body);
  req.push(null);
  req.complete = true;
  return req;
}

/** Node's `headers` view: lower-cased names, repeated values joined with `, ` (set-cookie kept as a list). */
function lowerCasedHeaders(raw: FlatHeaders): IncomingMessage['headers'] {
  const headers: IncomingMessage['headers'] = Object.create(null) as IncomingMessage['headers'];
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i].toLowerCase();
    const value = raw[i + 1];
    if (name === 'set-cookie') {
      headers['set-cookie'] = [...(headers['set-cookie'] ?? []), value];
      continue;
    }
    const previous = headers[name];
    headers[name] = previous === undefined ? value : `${String(previous)}, ${value}`;
  }
  return headers;
}
