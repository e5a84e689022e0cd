import { utcDayWithMargin } from './utc-day';

describe('utcDayWithMargin', () => {
  afterEach(() => jest.useRealTimers());

  it('answers today at once when midnight is far enough away', async () => {
    expect(await utcDayWithMargin(60_000, () => Date.parse('2026-11-21T12:00:00.000Z'))).toBe('2026-11-21');
  });

  it('waits past midnight when it is closer than the margin, and answers the new day', async () => {
    jest.useFakeTimers({ now: Date.parse('2026-11-21T23:59:30.000Z') });
    const day = utcDayWithMargin(60_000);
    let settled = false;
    void day.then(() => { settled = true; });
    await jest.advanceTimersByTimeAsync(30_000);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(await day).toBe('2026-11-22');
  });
});
