import { isMap, mapGet, mapHas, mapPut, newList, VtlList, VtlMap } from '../values/collections';
import { javaEquals } from '../values/java-operators';
import { toText } from '../values/java-text';
import { MapEntry } from './map-entry';
import { intArg, JavaMethod, NoMatchingMethod, outOfBounds } from './method-args';

/** A method that changes its receiver: inert on collections the template does not own. */
export interface CollectionMethod<T> {
  readonly mutates: boolean;
  readonly call: JavaMethod<T>;
}

const read = <T>(call: JavaMethod<T>): CollectionMethod<T> => ({ mutates: false, call });
const write = <T>(call: JavaMethod<T>): CollectionMethod<T> => ({ mutates: true, call });

function keyArg(args: readonly unknown[]): string {
  if (args.length === 0) throw new NoMatchingMethod();
  return toText(args[0]);
}

function checkIndex(list: VtlList, index: number, size = list.length): void {
  if (index < 0 || index >= size) throw outOfBounds('', index, list.length);
}

/** java.util.List (ArrayList / json-smart JSONArray). */
export const LIST_METHODS: ReadonlyMap<string, CollectionMethod<VtlList>> = new Map([
  ['size', read<VtlList>((l) => l.length)],
  ['isEmpty', read<VtlList>((l) => l.length === 0)],
  ['get', read<VtlList>((l, args) => {
    const i = intArg(args, 0);
    checkIndex(l, i);
    return l[i];
  })],
  ['contains', read<VtlList>((l, args) => l.some((item) => javaEquals(item, args[0])))],
  ['indexOf', read<VtlList>((l, args) => l.findIndex((item) => javaEquals(item, args[0])))],
  ['subList', read<VtlList>((l, args) => {
    const from = intArg(args, 0);
    const to = intArg(args, 1);
    if (from < 0 || to > l.length || from > to) throw outOfBounds('', from < 0 ? from : to, l.length);
    return newList(l.slice(from, to));
  })],
  ['toString', read<VtlList>((l) => toText(l))],
  ['equals', read<VtlList>((l, args) => Array.isArray(args[0]) && javaEquals(l, args[0]))],
  // add(x) returns true (so `$list.add(x)` prints "true"); add(i, x) returns nothing.
  ['add', write<VtlList>((l, args) => {
    if (args.length === 1) return l.push(args[0]) > 0;
    const i = intArg(args, 0);
    checkIndex(l, i, l.length + 1);
    l.splice(i, 0, args[1]);
    return undefined;
  })],
  ['addAll', write<VtlList>((l, args) => {
    const items = args[0];
    if (!Array.isArray(items)) throw new NoMatchingMethod();
    l.push(...items);
    return items.length > 0;
  })],
  ['set', write<VtlList>((l, args) => {
    const i = intArg(args, 0);
    checkIndex(l, i);
    const previous = l[i];
    l[i] = args[1];
    return previous;
  })],
  ['remove', write<VtlList>((l, args) => {
    const target = args[0];
    if (typeof target === 'number' && Number.isInteger(target)) {
      checkIndex(l, target);
      return l.splice(target, 1)[0];
    }
    const i = l.findIndex((item) => javaEquals(item, target));
    if (i >= 0) l.splice(i, 1);
    return i >= 0;
  })],
  ['clear', write<VtlList>((l) => {
    l.length = 0;
    return undefined;
  })],
]);

/** java.util.Map (LinkedHashMap / HashMap). */
export const MAP_METHODS: ReadonlyMap<string, CollectionMethod<VtlMap>> = new Map([
  ['get', read<VtlMap>((m, args) => mapGet(m, keyArg(args)))],
  ['containsKey', read<VtlMap>((m, args) => mapHas(m, keyArg(args)))],
  ['containsValue', read<VtlMap>((m, args) => Object.keys(m).some((k) => javaEquals(m[k], args[0])))],
  ['keySet', read<VtlMap>((m) => newList(Object.keys(m)))],
  ['values', read<VtlMap>((m) => newList(Object.keys(m).map((k) => m[k])))],
  ['entrySet', read<VtlMap>((m) => newList(Object.keys(m).map((k) => new MapEntry(k, m[k]))))],
  ['size', read<VtlMap>((m) => Object.keys(m).length)],
  ['isEmpty', read<VtlMap>((m) => Object.keys(m).length === 0)],
  ['toString', read<VtlMap>((m) => toText(m))],
  ['equals', read<VtlMap>((m, args) => javaEquals(m, args[0]))],
  // put returns the previous value, so `$map.put('k', 'v')` prints "" for a new key.
  ['put', write<VtlMap>((m, args) => {
    if (args.length < 2) throw new NoMatchingMethod();
    return mapPut(m, keyArg(args), args[1] ?? null);
  })],
  ['putAll', write<VtlMap>((m, args) => {
    const source = args[0];
    if (!isMap(source)) throw new NoMatchingMethod();
    for (const k of Object.keys(source)) mapPut(m, k, source[k]);
    return undefined;
  })],
  ['remove', write<VtlMap>((m, args) => {
    const key = keyArg(args);
    const previous = mapGet(m, key);
    if (mapHas(m, key)) delete m[key];
    return previous;
  })],
  ['clear', write<VtlMap>((m) => {
    for (const k of Object.keys(m)) delete m[k];
    return undefined;
  })],
]);
