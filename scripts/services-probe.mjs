// Reachability probes for Postgres and Redis, with Node built-ins only (used by start.mjs).
import { connect } from 'node:net';

/** Opens a TCP connection, writes `hello`, resolves with the first bytes answered (or null). */
function ask(host, port, hello, timeoutMs) {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (value) => { socket.destroy(); resolve(value); };
    socket.setTimeout(timeoutMs, () => done(null));
    socket.once('error', () => done(null));
    socket.once('connect', () => socket.write(hello));
    socket.once('data', (data) => done(data));
    socket.once('close', () => done(null));
  });
}

export function hostAndPort(url, defaultPort) {
  const parsed = new URL(url);
  return { host: parsed.hostname.replace(/^\[|\]$/g, ''), port: Number(parsed.port || defaultPort) };
}

export function isLocalHost(host) {
  return ['127.0.0.1', 'localhost', '::1', '0.0.0.0'].includes(host);
}

/** A Postgres server answers an SSLRequest with a single 'S' or 'N'. */
export async function postgresAnswers(databaseUrl, timeoutMs = 1000) {
  const { host, port } = hostAndPort(databaseUrl, 5432);
  const sslRequest = Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]);
  const reply = await ask(host, port, sslRequest, timeoutMs);
  return reply !== null && (reply[0] === 0x53 || reply[0] === 0x4e);
}

/** Redis answers PING with +PONG, or -NOAUTH when a password is needed (reachable all the same). */
export async function redisAnswers(redisUrl, timeoutMs = 1000) {
  const { host, port } = hostAndPort(redisUrl, 6379);
  const reply = await ask(host, port, 'PING\r\n', timeoutMs);
  return reply !== null && /^(\+PONG|-NOAUTH)/.test(reply.toString('latin1'));
}

/** Polls `probe` until it answers true or `timeoutMs` passes. */
export async function waitUntil(probe, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/** Resolves true once something listens on host:port. */
export function portOpen(host, port, timeoutMs = 500) {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (value) => { socket.destroy(); resolve(value); };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => done(true));
    socket.once('close', () => done(false));
  });
}
