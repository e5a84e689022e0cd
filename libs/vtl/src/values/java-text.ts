import { isJsonList, isMap } from './collections';
import { HostObject } from './host-object';
import { formatJavaDouble, JavaDouble } from './java-number';

/**
 * What `$value` prints in AWS's Velocity: null renders empty, maps print `{k=v}`, lists built in VTL
 * print `[a, b]`, lists from JSON print JSON (json-smart's JSONArray.toString).
 */
export function toText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return javaString(value);
}

/** String.valueOf(value) for a value nested inside a collection (null prints "null"). */
function javaString(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
      return Number.isInteger(value) ? String(value) : formatJavaDouble(value);
    case 'bigint':
    case 'boolean':
      return String(value);
    case 'object':
      break;
    default:
      return '';
  }
  if (value instanceof JavaDouble) return formatJavaDouble(value.value);
  if (value instanceof HostObject) return value.toJavaString();
  if (Array.isArray(value)) {
    if (isJsonList(value)) return toJsonText(value);
    return `[${value.map(javaString).join(', ')}]`;
  }
  if (isMap(value)) {
    return `{${Object.keys(value).map((k) => `${k}=${javaString(value[k])}`).join(', ')}}`;
  }
  return '';
}

/** Compact JSON the way json-smart writes it (used by $input.json and JSON lists). */
export function toJsonText(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string':
      return quoteJson(value);
    case 'number':
      return Number.isInteger(value) ? String(value) : formatJavaDouble(value);
    case 'bigint':
    case 'boolean':
      return String(value);
    case 'object':
      break;
    default:
      return 'null';
  }
  if (value instanceof JavaDouble) return formatJavaDouble(value.value);
  if (value instanceof HostObject) return quoteJson(value.toJavaString());
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  if (isMap(value)) {
    return `{${Object.keys(value).map((k) => `${quoteJson(k)}:${toJsonText(value[k])}`).join(',')}}`;
  }
  return 'null';
}

// json-smart's default style protects for the web: it also escapes `/` and a few invisible ranges.
const NEEDS_ESCAPE = /["\\/\u0000-\u001f\u007f-\u009f\u2000-\u20ff]/;
const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"', '\\': '\\\\', '/': '\\/', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t',
};

function quoteJson(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return `"${text}"`;
  let out = '"';
  for (const ch of text) {
    const short = SHORT_ESCAPES[ch];
    if (short !== undefined) {
      out += short;
      continue;
    }
    const code = ch.charCodeAt(0);
    const invisible = code <= 0x1f || (code >= 0x7f && code <= 0x9f) || (code >= 0x2000 && code <= 0x20ff);
    out += invisible ? `\\u${code.toString(16).toUpperCase().padStart(4, '0')}` : ch;
  }
  return `${out}"`;
}
