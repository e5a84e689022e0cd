import { HostObject } from './host-object';
import { JavaDouble } from './java-number';

/** A Java Map as seen by templates: string keys, insertion order. */
export type VtlMap = Record<string, unknown>;
export type VtlList = unknown[];

// Which collections templates may mutate: those created while rendering (VTL literals, parsed JSON,
// method results). The caller's $context and $stageVariables are never registered, so they stay intact.
const writable = new WeakSet<object>();
// Lists that came from JSON (json-smart JSONArray): they print as JSON, not Java style.
const jsonLists = new WeakSet<object>();

export function newMap(): VtlMap {
  const map = Object.create(null) as VtlMap;
  writable.add(map);
  return map;
}

export function newList(items: readonly unknown[] = []): VtlList {
  const list = items.slice();
  writable.add(list);
  return list;
}

export function markWritable(value: object): void {
  writable.add(value);
}

export function isWritable(value: object): boolean {
  return writable.has(value);
}

export function markJsonList(list: VtlList): void {
  jsonLists.add(list);
}

export function isJsonList(value: unknown): boolean {
  return Array.isArray(value) && jsonLists.has(value);
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
