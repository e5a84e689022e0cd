import { isMap } from './collections';
import { isJavaDouble, isJavaNumber, JavaDouble, JavaNumber, toJsNumber } from './java-number';
import { toText } from './java-text';

/**
 * Velocity 1.7 operator semantics with AWS's customisation (`null == ""` is true).
 * Invalid operands give null, like Velocity's logged-and-ignored math errors.
 */

/** #if truthiness in Velocity 1.7: only null and false are false ("" and 0 are true). */
export function isTruthy(value: unknown): boolean {
  return value !== null && value !== undefined && value !== false;
}

export function javaEquals(left: unknown, right: unknown): boolean {
  const leftNull = left === null || left === undefined;
  const rightNull = right === null || right === undefined;
  if (leftNull || rightNull) return (leftNull && rightNull) || left === '' || right === '';
  if (isJavaNumber(left) && isJavaNumber(right)) return compareNumbers(left, right) === 0;
  if (typeof left === 'string' && typeof right === 'string') return left === right;
  if (typeof left === 'boolean' && typeof right === 'boolean') return left === right;
  if (Array.isArray(left) && Array.isArray(right)) {
    return left.length === right.length && left.every((item, i) => javaEquals(item, right[i]));
  }
  if (isMap(left) && isMap(right)) {
    const keys = Object.keys(left);
    return keys.length === Object.keys(right).length
      && keys.every((k) => Object.prototype.hasOwnProperty.call(right, k) && javaEquals(left[k], right[k]));
  }
  // Different classes: Velocity compares the toString() of both sides, so "1" == 1.
  return toText(left) === toText(right);
}

export function compareNumbers(left: JavaNumber, right: JavaNumber): number {
  if (typeof left === 'bigint' || typeof right === 'bigint') {
    if (!isJavaDouble(left) && !isJavaDouble(right)) {
      const l = BigInt(left as number | bigint);
      const r = BigInt(right as number | bigint);
      return l < r ? -1 : l > r ? 1 : 0;
    }
  }
  const l = toJsNumber(left);
  const r = toJsNumber(right);
  return l < r ? -1 : l > r ? 1 : 0;
}

export type RelationalOperator = '<' | '<=' | '>' | '>=';

/** Relational operators accept numbers only in Velocity 1.7; anything else is false. */
export function javaCompare(operator: RelationalOperator, left: unknown, right: unknown): boolean {
  if (!isJavaNumber(left) || !isJavaNumber(right)) return false;
  const c = compareNumbers(left, right);
  switch (operator) {
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '>': return c > 0;
    case '>=': return c >= 0;
  }
}

export type ArithmeticOperator = '+' | '-' | '*' | '/' | '%';

export function javaArithmetic(operator: ArithmeticOperator, left: unknown, right: unknown): unknown {
  if (isJavaNumber(left) && isJavaNumber(right)) return numberArithmetic(operator, left, right);
  if (operator === '+' && left !== null && left !== undefined && right !== null && right !== undefined
    && (typeof left === 'string' || typeof right === 'string')) {
    return toText(left) + toText(right);
  }
  return null;
}

function numberArithmetic(operator: ArithmeticOperator, left: JavaNumber, right: JavaNumber): unknown {
  if ((operator === '/' || operator === '%') && toJsNumber(right) === 0) return null;
  if (isJavaDouble(left) || isJavaDouble(right)) {
    const l = toJsNumber(left);
    const r = toJsNumber(right);
    return new JavaDouble(floatOp(operator, l, r));
  }
  if (typeof left === 'number' && typeof right === 'number') {
    const result = intOp(operator, left, right);
    if (Number.isSafeInteger(result)) return result;
  }
  const result = bigOp(operator, BigInt(left as number | bigint), BigInt(right as number | bigint));
  const asNumber = Number(result);
  return Number.isSafeInteger(asNumber) ? asNumber : result;
}

function floatOp(operator: ArithmeticOperator, l: number, r: number): number {
  switch (operator) {
    case '+': return l + r;
    case '-': return l - r;
    case '*': return l * r;
    case '/': return l / r;
    case '%': return l % r;
  }
}

function intOp(operator: ArithmeticOperator, l: number, r: number): number {
  switch (operator) {
    case '+': return l + r;
    case '-': return l - r;
    case '*': return l * r;
    case '/': return Math.trunc(l / r);
    case '%': return l % r;
  }
}

function bigOp(operator: ArithmeticOperator, l: bigint, r: bigint): bigint {
  switch (operator) {
    case '+': return l + r;
    case '-': return l - r;
    case '*': return l * r;
    case '/': return l / r;
    case '%': return l % r;
  }
}

export function javaNegate(value: unknown): unknown {
  if (value instanceof JavaDouble) return new JavaDouble(-value.value);
  if (typeof value === 'number' || typeof value === 'bigint') return -value;
  return null;
}
