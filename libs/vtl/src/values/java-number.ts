/**
 * Java's number model on JS values. Integers are JS numbers (or bigint past 2^53, like Long/BigInteger);
 * Java doubles are `JavaDouble`, so `1.0` keeps printing `1.0` after JSON parsing or VTL arithmetic.
 */
export class JavaDouble {
  constructor(readonly value: number) {
    Object.freeze(this);
  }

  valueOf(): number {
    return this.value;
  }

  toString(): string {
    return formatJavaDouble(this.value);
  }
}

export type JavaNumber = number | bigint | JavaDouble;

export function isJavaNumber(value: unknown): value is JavaNumber {
  return typeof value === 'number' || typeof value === 'bigint' || value instanceof JavaDouble;
}

export function isJavaDouble(value: unknown): boolean {
  return value instanceof JavaDouble || (typeof value === 'number' && !Number.isInteger(value));
}

/** Double.toString: plain notation in [1e-3, 1e7), otherwise `d.dddE±n`; always has a fraction. */
export function formatJavaDouble(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(x);
  if (abs >= 1e-3 && abs < 1e7) {
    const plain = String(x);
    return plain.includes('.') ? plain : `${plain}.0`;
  }
  const [mantissa, exponent] = x.toExponential().split('e');
  const digits = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
  return `${digits}E${exponent.startsWith('+') ? exponent.slice(1) : exponent}`;
}

const INTEGER_TOKEN = /^-?\d+$/;

/** A JSON or VTL number token as json-smart/Velocity would type it: Integer/Long/BigInteger or Double. */
export function parseNumberToken(token: string): JavaNumber {
  if (INTEGER_TOKEN.test(token)) {
    const n = Number(token);
    return Number.isSafeInteger(n) ? n : BigInt(token);
  }
  return new JavaDouble(Number(token));
}

/** The plain JS number of a Java number (bigint may lose precision; used for doubles and comparisons). */
export function toJsNumber(value: JavaNumber): number {
  return typeof value === 'number' ? value : Number(value);
}

/** An integral Java number as a JS integer, or undefined (for indexes and sizes). */
export function toIndex(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'bigint') return Number(value);
  return undefined;
}
