import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..', '..');

/** One app started exactly as `npm start` starts it: `node -r scripts/register.cjs apps/<app>/src/main.ts`. */
export class AppProcess {
  private readonly output: string[] = [];
  private readonly child: ChildProcess;
  private exited = false;
  /** Every complete output line is offered to these until one accepts it (see waitForLine). */
  private readonly lineWatchers = new Set<(line: string) => void>();
  /** The unfinished last line of stdout and of stderr (chunks do not end at line breaks). */
  private readonly partialLines = { stdout: '', stderr: '' };

  constructor(readonly app: string, env: NodeJS.ProcessEnv) {
    this.child = spawn(process.execPath, ['-r', './scripts/register.cjs', `apps/${app}/src/main.ts`], {
      cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      const text = chunk.toString();
      this.output.push(text);
      if (this.output.length > 400) this.output.shift();
      this.offerLines(stream, text);
    };
    this.child.stdout?.on('data', keep('stdout'));
    this.child.stderr?.on('data', keep('stderr'));
    this.child.once('exit', () => { this.exited = true; });
  }

  /** Recent output, for failure messages. */
  log(): string {
    return `--- ${this.app} ---\n${this.output.join('').slice(-4000)}`;
  }

  /**
   * Resolves with the first output line `match` turns into a value (e.g. the port an app announces after
   * listening on port 0). Lines printed before the call are not seen: call it right after the start.
   */
  waitForLine<T>(match: (line: string) => T | undefined, timeoutMs = 30_000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const done = (): void => {
        this.lineWatchers.delete(watcher);
        clearTimeout(timer);
        this.child.off('exit', onExit);
      };
      const watcher = (line: string): void => {
        const value = match(line);
        if (value === undefined) return;
        done();
        resolve(value);
      };
      const onExit = (): void => {
        done();
        reject(new Error(`${this.app} exited during start\n${this.log()}`));
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`${this.app} did not announce itself within ${timeoutMs} ms\n${this.log()}`));
      }, timeoutMs);
      if (this.exited) return onExit();
      this.lineWatchers.add(watcher);
      this.child.once('exit', onExit);
    });
  }

  private offerLines(stream: 'stdout' | 'stderr', text: string): void {
    const lines = (this.partialLines[stream] + text).split('\n');
    this.partialLines[stream] = lines.pop() ?? '';
    if (this.lineWatchers.size === 0) return;
    for (const line of lines) {
      for (const watcher of [...this.lineWatchers]) watcher(line);
    }
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
