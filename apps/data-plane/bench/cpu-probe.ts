/** Lets the bench ask a child process for its CPU time, so results include CPU µs per request. */
export function answerCpuProbes(): void {
  process.on('message', (message: unknown) => {
    if (message === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send?.({ cpuMicros: user + system });
    }
  });
}
