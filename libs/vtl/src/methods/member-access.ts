import { isMap, isWritable, mapGet } from '../values/collections';
import { HostObject } from '../values/host-object';
import { JavaDouble, toIndex } from '../values/java-number';
import { javaEquals } from '../values/java-operators';
import { toText } from '../values/java-text';
import { LIST_METHODS, MAP_METHODS } from './collection-methods';
import { NoMatchingMethod } from './method-args';
import { STRING_METHODS } from './string-methods';

/**
 * The template's only way into values. Everything is an allow-list: map entries, list indexes,
 * host-object members and the Java methods below. Nothing resolves through JS property lookup, so
 * `constructor`, `__proto__`, `getClass()` and friends are simply absent (undefined, renders empty).
 */

/** `$value.name`: Map.get for maps, host properties for host objects, otherwise nothing. */
export function readProperty(receiver: unknown, name: string): unknown {
  if (receiver instanceof HostObject) return receiver.getProperty(name);
  if (isMap(receiver)) return mapGet(receiver, name);
  if (typeof receiver === 'string' && name === 'empty') return receiver.length === 0;
  return undefined;
}

/** `$value[key]`: list index or map key. */
export function readIndex(receiver: unknown, key: unknown): unknown {
  if (Array.isArray(receiver)) {
    const i = toIndex(key);
    return i !== undefined && i >= 0 && i < receiver.length ? receiver[i] : undefined;
  }
  if (key === null || key === undefined) return undefined;
  return readProperty(receiver, toText(key));
}

/** `$value.name(args)`. Throws VtlRenderError for Java exceptions (bad index, bad regex, NPE). */
export function invokeMethod(receiver: unknown, name: string, args: readonly unknown[]): unknown {
  try {
    return dispatch(receiver, name, args);
  } catch (error) {
    if (error instanceof NoMatchingMethod) return undefined;
    throw error;
  }
}

function dispatch(receiver: unknown, name: string, args: readonly unknown[]): unknown {
  if (receiver === null || receiver === undefined) return undefined;
  if (receiver instanceof HostObject) return receiver.invoke(name, args);
  if (typeof receiver === 'string') return STRING_METHODS.get(name)?.(receiver, args);
  if (Array.isArray(receiver)) {
    const method = LIST_METHODS.get(name);
    if (!method || (method.mutates && !isWritable(receiver))) return undefined;
    return method.call(receiver, args);
  }
  if (isMap(receiver)) {
    const method = MAP_METHODS.get(name);
    if (!method || (method.mutates && !isWritable(receiver))) return undefined;
    return method.call(receiver, args);
  }
  return scalarMethod(receiver, name, args);
}

/** Integer/Long/Double/Boolean methods. */
function scalarMethod(receiver: unknown, name: string, args: readonly unknown[]): unknown {
  switch (name) {
    case 'toString':
      return toText(receiver);
    case 'equals':
      return sameJavaClass(receiver, args[0]) && javaEquals(receiver, args[0]);
    case 'booleanValue':
      return typeof receiver === 'boolean' ? receiver : undefined;
    case 'intValue':
    case 'longValue':
      if (receiver instanceof JavaDouble) return Math.trunc(receiver.value);
      return typeof receiver === 'number' || typeof receiver === 'bigint' ? receiver : undefined;
    case 'doubleValue':
      if (receiver instanceof JavaDouble) return receiver;
      return typeof receiver === 'number' || typeof receiver === 'bigint' ? new JavaDouble(Number(receiver)) : undefined;
    default:
      return undefined;
  }
}

function sameJavaClass(a: unknown, b: unknown): boolean {
  if (a instanceof JavaDouble || b instanceof JavaDouble) return a instanceof JavaDouble && b instanceof JavaDouble;
  return typeof a === typeof b;
}
