import { VtlLimitError, VtlRenderError } from '../vtl-errors';

/** Wraps anything velocityjs or JS throws while rendering; stack/string overflows are limit errors. */
export function asRenderError(error: unknown): VtlRenderError {
  if (error instanceof VtlRenderError) return error;
  if (error instanceof RangeError) return new VtlLimitError(`Mapping template rendering failed: ${error.message}`);
  const message = error instanceof Error ? error.message : String(error);
  return new VtlRenderError(`Mapping template rendering failed: ${message}`);
}
