import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface UpstreamStub {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * A local backend on an ephemeral port. `/slow` answers after 2 s (or `?ms=`); anything else echoes the request
 * as JSON with headers the data plane must drop or remap (Server, Via, Content-Encoding, Date).
 */
export async function startUpstreamStub(): Promise<UpstreamStub> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(recorded);
      const send = (): void => {
        const body = JSON.stringify({ echo: recorded });
        res.writeHead(req.url?.startsWith('/status/') ? Number(req.url.split('/')[2]) : 200, {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          'X-Upstream': 'stub',
          Server: 'stub-server',
          Via: '1.1 some-proxy',
          'Set-Cookie': ['a=1', 'b=2'],
        });
        res.end(body);
      };
      const delay = req.url?.startsWith('/slow') ? Number(new URL(req.url, 'http://stub').searchParams.get('ms') ?? 2000) : 0;
      if (delay > 0) setTimeout(send, delay).unref();
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

/** A port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
