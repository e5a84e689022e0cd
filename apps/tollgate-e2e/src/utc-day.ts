const DAY_MS = 86_400_000;

/**
 * Waits, if needed, until at least `marginMs` remain before the next UTC midnight, then returns today's
 * UTC date (YYYY-MM-DD). Daily quotas and GetUsage days roll over at midnight, so a test that counts
 * requests against "today" must not straddle it.
 */
export async function utcDayWithMargin(marginMs: number, now: () => number = Date.now): Promise<string> {
  const untilMidnight = DAY_MS - (now() % DAY_MS);
  if (untilMidnight < marginMs) await new Promise((resolve) => setTimeout(resolve, untilMidnight + 1000));
  return new Date(now()).toISOString().slice(0, 10);
}
