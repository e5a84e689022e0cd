/**
 * The execution log of a TestInvokeMethod call (AWS's "Execution log for request ..."). Only test invoke
 * creates one; on the data plane `ctx.trace` stays undefined, so a stage that wants to log writes
 * `if (ctx.trace) ctx.trace.add('...')` and builds no string on the hot path.
 */
export class ExecutionTrace {
  private readonly entries: TraceEntry[] = [];

  /** Appends one line, stamped now. */
  add(message: string): void {
    this.entries.push({ at: Date.now(), message });
  }

  get lines(): readonly TraceEntry[] {
    return this.entries;
  }
}

export interface TraceEntry {
  /** epoch ms */
  readonly at: number;
  readonly message: string;
}
