import { Agent as HttpAgent, createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import httpProxy from 'http-proxy';
import { Agent } from 'undici';
import { answerCpuProbes } from './cpu-probe';

/**
 * A bare reverse proxy with no gateway logic, to compare upstream clients on equal terms:
 * argv[2] = backend URL, argv[3] = 'http-proxy' | 'undici' | 'undici-stream'.
 */
const backend = process.argv[2];
const client = process.argv[3];

function httpProxyHandler(): (req: IncomingMessage, res: ServerResponse) => void {
  const proxy = httpProxy.createProxyServer({ target: backend, agent: new HttpAgent({ keepAlive: true, maxSockets: 128 }) });
  proxy.on('error', (_error, _req, res) => {
    if ('writeHead' in res) res.writeHead(500).end();
  });
  return (req, res) => proxy.web(req, res);
}

function undiciHandler(): (req: IncomingMessage, res: ServerResponse) => void {
  const agent = new Agent({ connections: 128, keepAliveTimeout: 30_000 });
  return (req, res) => {
    agent.request({ origin: backend, path: req.url ?? '/', method: 'GET', headers: { accept: String(req.headers.accept ?? '*/*') } }).then((upstream) => {
      res.writeHead(upstream.statusCode, upstream.headers as Record<string, string>);
      // pipe(), not stream.pipeline(): pipeline allocates an AbortController + DOMException per call.
      upstream.body.pipe(res);
    }, () => res.writeHead(500).end());
  };
}

function undiciStreamHandler(): (req: IncomingMessage, res: ServerResponse) => void {
  const agent = new Agent({ connections: 128, keepAliveTimeout: 30_000 });
  return (req, res) => {
    agent.stream({ origin: backend, path: req.url ?? '/', method: 'GET', headers: { accept: String(req.headers.accept ?? '*/*') } }, (upstream) => {
      res.writeHead(upstream.statusCode, upstream.headers as Record<string, string>);
      return res;
    }).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  };
}

const handlers = { 'http-proxy': httpProxyHandler, undici: undiciHandler, 'undici-stream': undiciStreamHandler };
const server = createServer(handlers[client as keyof typeof handlers]());
server.listen(0, '127.0.0.1', () => process.send?.({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
answerCpuProbes();
process.on('disconnect', () => process.exit(0));
