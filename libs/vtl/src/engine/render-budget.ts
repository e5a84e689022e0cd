import { VtlLimitError } from '../vtl-errors';

/** Per-render limits. Defaults: 1 s, 10 MiB of output (AWS's payload limit), 100 000-element ranges. */
export interface RenderLimits {
  /** Wall-clock budget for one render, in milliseconds. */
  readonly timeoutMs?: number;
  /** Maximum length of the output and of any string built while rendering, in UTF-16 code units. */
  readonly maxOutputLength?: number;
  /** Maximum number of elements of a range literal such as `[0..$n]`. */
  readonly maxRangeSize?: number;
}

export const DEFAULT_RENDER_LIMITS: Readonly<Required<RenderLimits>> = Object.freeze({
  timeoutMs: 1000,
  maxOutputLength: 10 * 1024 * 1024,
  maxRangeSize: 100_000,
});

// Reading the clock costs more than a step, so the deadline is checked every 64 steps.
const CLOCK_EVERY = 0x3f;

/** Counts steps (nodes, iterations, calls) and enforces the limits of one render. */
export class RenderBudget {
  private steps = 0;
  private readonly deadline: number;
  private readonly limits: Readonly<Required<RenderLimits>>;

  constructor(limits: RenderLimits | undefined) {
    this.limits = { ...DEFAULT_RENDER_LIMITS, ...limits };
    this.deadline = performance.now() + this.limits.timeoutMs;
  }

  step(): void {
    if ((++this.steps & CLOCK_EVERY) === 0 && performance.now() > this.deadline) {
      throw new VtlLimitError(`Mapping template rendering exceeded ${this.limits.timeoutMs} ms`);
    }
  }

  checkLength(length: number): void {
    if (length > this.limits.maxOutputLength) {
      throw new VtlLimitError(`Mapping template output exceeded ${this.limits.maxOutputLength} characters`);
    }
  }

  checkRange(size: number): void {
    if (size > this.limits.maxRangeSize) {
      throw new VtlLimitError(`Range of ${size} elements exceeds the limit of ${this.limits.maxRangeSize}`);
    }
  }
}
