// Runs the three apps as child processes with one readable, name-prefixed log stream (Node built-ins only).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { portOpen } from './services-probe.mjs';

const COLOURS = ['\x1b[36m', '\x1b[35m', '\x1b[33m', '\x1b[32m'];
const RESET = '\x1b[0m';

/**
 * apps: [{ name, entry, ready: { port } | { line: RegExp } }]. Returns
 *   ready:  resolves when every app is ready, rejects with a message if one exits or takes too long;
 *   exited: resolves with { name, code, signal } when the first app exits;
 *   stop(): SIGTERM to every app (SIGKILL after a grace period), resolves when all are gone.
 */
export function runApps(apps, { root, env, colour, readyTimeoutMs = 120_000, graceMs = 10_000 }) {
  const children = [];
  let firstExit;
  const exited = new Promise((resolve) => { firstExit = resolve; });

  const readiness = apps.map((app, index) => {
    const tag = colour ? `${COLOURS[index % COLOURS.length]}${app.name.padEnd(13)}${RESET}` : app.name.padEnd(13);
    const child = spawn(process.execPath, ['-r', './scripts/register.cjs', app.entry], {
      cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'],
      // Own process group: Ctrl-C reaches start.mjs only, which then stops the apps in order.
      detached: true,
    });
    const state = { app, child, alive: true, sawReadyLine: false };
    children.push(state);
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        if (app.ready.line?.test(line)) state.sawReadyLine = true;
        process.stdout.write(`${tag} | ${line}\n`);
      });
    }
    child.on('exit', (code, signal) => {
      state.alive = false;
      firstExit({ name: app.name, code, signal });
    });
    return state;
  });

  const ready = (async () => {
    const deadline = Date.now() + readyTimeoutMs;
    const pending = new Set(readiness);
    while (pending.size > 0) {
      for (const state of pending) {
        if (!state.alive) {
          throw new Error(`${state.app.name} exited with ${state.child.exitCode ?? state.child.signalCode} while starting; see its log above`);
        }
        const isReady = state.app.ready.port ? await portOpen('127.0.0.1', state.app.ready.port) : state.sawReadyLine;
        if (isReady) pending.delete(state);
      }
      if (pending.size === 0) break;
      if (Date.now() > deadline) {
        throw new Error(`${[...pending].map((s) => s.app.name).join(', ')} not ready after ${readyTimeoutMs / 1000} s`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  })();

  const stop = async () => {
    const living = children.filter((s) => s.alive);
    const gone = living.map((s) => new Promise((resolve) => (s.alive ? s.child.once('exit', resolve) : resolve())));
    for (const s of living) signal(s.child, 'SIGTERM');
    const timer = setTimeout(() => living.forEach((s) => s.alive && signal(s.child, 'SIGKILL')), graceMs);
    await Promise.all(gone);
    clearTimeout(timer);
  };

  return { ready, exited, stop };
}

function signal(child, name) {
  try {
    process.kill(-child.pid, name); // the whole group: the app and anything it spawned
  } catch {
    child.kill(name);
  }
}
