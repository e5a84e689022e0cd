import { VtlRenderError } from '../vtl-errors';
import { toIndex } from '../values/java-number';
import { toText } from '../values/java-text';

/** One allow-listed Java method: receives the receiver and the evaluated arguments. */
export type JavaMethod<T> = (self: T, args: readonly unknown[]) => unknown;

/** Thrown by argument helpers when no Java overload would match: the call renders empty. */
export class NoMatchingMethod extends Error {}

/** A String parameter: null is Java's NullPointerException; other values use their toString. */
export function stringArg(args: readonly unknown[], index: number): string {
  if (index >= args.length) throw new NoMatchingMethod();
  const value = args[index];
  if (value === null || value === undefined) throw new VtlRenderError('java.lang.NullPointerException');
  return typeof value === 'string' ? value : toText(value);
}

/** An int parameter; a non-integer argument matches no overload. */
export function intArg(args: readonly unknown[], index: number): number {
  const value = toIndex(args[index]);
  if (value === undefined) throw new NoMatchingMethod();
  return value;
}

export function optionalIntArg(args: readonly unknown[], index: number, fallback: number): number {
  return index < args.length ? intArg(args, index) : fallback;
}

export function outOfBounds(kind: string, index: number, size: number): VtlRenderError {
  return new VtlRenderError(`java.lang.${kind}IndexOutOfBoundsException: Index: ${index}, Size: ${size}`);
}
