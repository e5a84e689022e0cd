import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..', '..');

/** One app started exactly as `npm start` starts it: `node -r scripts/register.cjs apps/<app>/src/main.ts`. */
export class AppProcess {
  private readonly output: string[] = [];
  private readonly child: ChildProcess;
  private exited = false;

  constructor(readonly app: string, env: NodeJS.ProcessEnv) {
    this.child = spawn(process.execPath, ['-r', './scripts/register.cjs', `apps/${app}/src/main.ts`], {
      cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      this.output.push(chunk.toString());
      if (this.output.length > 400) this.output.shift();
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    this.child.once('exit', () => { this.exited = true; });
  }

  /** Recent output, for failure messages. */
  log(): string {
    return `--- ${this.app} ---\n${this.output.join('').slice(-4000)}`;
  }

  async waitForPort(port: number, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.exited) throw new Error(`${this.app} exited during start\n${this.log()}`);
      if (await canConnect(port)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${this.app} did not listen on ${port} within ${timeoutMs} ms\n${this.log()}`);
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}
