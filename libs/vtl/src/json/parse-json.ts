import { parse } from 'lossless-json';
import { markJsonList, markWritable } from '../values/collections';
import { JavaDouble, parseNumberToken } from '../values/java-number';

/**
 * Parses JSON like json-smart does for Jayway JsonPath: numbers keep their Java type (`1.0` stays a
 * double, big integers stay exact), arrays become JSON lists (print as JSON), duplicate keys keep the
 * last value. Throws SyntaxError on invalid JSON.
 */
export function parseJsonValue(text: string): unknown {
  const value = parse(text, undefined, { parseNumber: parseNumberToken, onDuplicateKey: keepLast });
  register(value);
  return value;
}

// Parsed collections are template-owned (writable), and arrays are marked as JSON lists.
function register(value: unknown): void {
  if (typeof value !== 'object' || value === null || value instanceof JavaDouble) return;
  markWritable(value);
  if (Array.isArray(value)) {
    markJsonList(value);
    for (const item of value) register(item);
    return;
  }
  for (const key of Object.keys(value)) register((value as Record<string, unknown>)[key]);
}

function keepLast(info: { newValue: unknown }): unknown {
  return info.newValue;
}
