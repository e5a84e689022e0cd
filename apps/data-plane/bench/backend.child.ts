import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerCpuProbes } from './cpu-probe';

/** The bench backend, in its own process: the same 100-byte JSON body for every request. */
const payload = Buffer.from(JSON.stringify({ id: 1, name: 'tollgate-bench', padding: 'x'.repeat(55) }));

const server = createServer((req, res) => {
  req.resume();
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': payload.length });
  res.end(payload);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.send?.({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, bytes: payload.length });
});
answerCpuProbes();
process.on('disconnect', () => process.exit(0));
