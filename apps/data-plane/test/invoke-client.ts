import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Raw header names as sent, for assertions on exact spelling. */
  rawHeaderNames: string[];
  body: string;
  bytes: Buffer;
}

export interface CallInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** One HTTP(S) request without keep-alive (agent: false), so nothing stays open after a test. */
export function call(base: string, path: string, init: CallInit = {}): Promise<Reply> {
  const url = new URL(path, base);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, { method: init.method ?? 'GET', headers: init.headers, rejectUnauthorized: false, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        const rawHeaderNames = res.rawHeaders.filter((_value, i) => i % 2 === 0);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, rawHeaderNames, body: bytes.toString('utf8'), bytes });
      });
    });
    req.on('error', reject);
    req.end(init.body);
  });
}
