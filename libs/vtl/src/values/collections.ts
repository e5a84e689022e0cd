import { HostObject } from './host-object';
import { JavaDouble } from './java-number';

/** A Java Map as seen by templates: string keys, insertion order. */
export type VtlMap = Record<string, unknown>;
export type VtlList = unknown[];

// Which collections templates may mutate: those created while rendering (VTL literals, parsed JSON,
// method results). The caller's $context and $stageVariables never carry the mark, so they stay intact.
// Marks are symbol-keyed: templates only ever use string keys, and Object.keys (printing) skips them.
// (A WeakSet did the same job at several times the cost per render.)
const WRITABLE: unique symbol = Symbol('vtl.writable');
// Lists that came from JSON (json-smart JSONArray): they print as JSON, not Java style.
const JSON_LIST: unique symbol = Symbol('vtl.jsonList');

interface Marked {
  [WRITABLE]?: true;
  [JSON_LIST]?: true;
}

/** A new template-owned map. Plain `{}` is safe: entries are only read as own properties (mapGet). */
export function newMap(): VtlMap {
  const map: VtlMap & Marked = {};
  map[WRITABLE] = true;
  return map;
}

export function newList(items: readonly unknown[] = []): VtlList {
  const list: VtlList & Marked = items.slice();
  list[WRITABLE] = true;
  return list;
}

export function markWritable(value: object): void {
  (value as Marked)[WRITABLE] = true;
}

export function isWritable(value: object): boolean {
  return (value as Marked)[WRITABLE] === true;
}

export function markJsonList(list: VtlList): void {
  (list as Marked)[JSON_LIST] = true;
}

export function isJsonList(value: unknown): boolean {
  return Array.isArray(value) && (value as Marked)[JSON_LIST] === true;
}

export function isMap(value: unknown): value is VtlMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    && !(value instanceof HostObject) && !(value instanceof JavaDouble);
}

/** Map.get semantics: own entries only, so nothing inherited from Object.prototype is reachable. */
export function mapGet(map: VtlMap, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

export function mapHas(map: VtlMap, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(map, key);
}

/** Map.put: returns the previous value; `__proto__` is stored as data, never as a prototype. */
export function mapPut(map: VtlMap, key: string, value: unknown): unknown {
  const previous = mapGet(map, key);
  if (key === '__proto__') {
    Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    map[key] = value;
  }
  return previous;
}
