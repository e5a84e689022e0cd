import type { PatchContext, PatchParams, PatchRule } from './patch-table';

/** Rules for the common shapes of patchable fields, so per-resource tables stay declarative. */

interface FieldSpec<T> {
  /** Sets the field from the operation (parse the value with `patch-values`). */
  readonly write: (target: T, context: PatchContext) => void;
  /** Current value as a string (enables copy/move from this path and `test`). */
  readonly read?: (target: T) => string | undefined;
  /** Supports `remove` (and an `add` alias of replace when `add` is true). */
  readonly clear?: (target: T) => void;
  readonly add?: boolean;
}

/** One scalar field: `replace` always, `add`/`remove` when the spec allows them. */
export function fieldRule<T>(path: string, spec: FieldSpec<T>): PatchRule<T> {
  return {
    path,
    replace: spec.write,
    add: spec.add ? spec.write : undefined,
    remove: spec.clear ? (target) => spec.clear?.(target) : undefined,
    read: spec.read ? (target) => spec.read?.(target) : undefined,
  };
}

interface MapEntrySpec<T, V> {
  readonly map: (target: T) => Record<string, V>;
  /** Parses the value to store; may reject the key (`context.params`). */
  readonly value: (context: PatchContext, key: string) => V;
  /** The placeholder naming the key in `path` (default `key`). */
  readonly param?: string;
}

/** An entry of a map field addressed as `/{map}/{key}`: add and replace set it, remove deletes it. */
export function mapEntryRule<T, V>(path: string, spec: MapEntrySpec<T, V>): PatchRule<T> {
  const key = (params: PatchParams): string => params[spec.param ?? 'key'];
  const write = (target: T, context: PatchContext): void => {
    spec.map(target)[key(context.params)] = spec.value(context, key(context.params));
  };
  return {
    path,
    add: write,
    replace: write,
    remove: (target, context) => {
      const map = spec.map(target);
      const name = key(context.params);
      if (!Object.hasOwn(map, name)) throw context.fail(`Invalid patch path '${context.operation.path}' specified for op 'remove': '${name}' does not exist`);
      delete map[name];
    },
    read: (target, context) => {
      const value = spec.map(target)[key(context.params)];
      return value === undefined ? undefined : String(value);
    },
  };
}

interface ListItemSpec<T> {
  readonly list: (target: T) => string[];
  /** Checks an item before it is added. */
  readonly check?: (context: PatchContext, item: string) => void;
  readonly param?: string;
}

/** An item of a string-list field addressed as `/{list}/{item}`: add appends it once, remove deletes it. */
export function listItemRule<T>(path: string, spec: ListItemSpec<T>): PatchRule<T> {
  const item = (params: PatchParams): string => params[spec.param ?? 'item'];
  return {
    path,
    add: (target, context) => {
      const list = spec.list(target);
      const value = item(context.params);
      spec.check?.(context, value);
      if (!list.includes(value)) list.push(value);
    },
    remove: (target, context) => {
      const list = spec.list(target);
      const index = list.indexOf(item(context.params));
      if (index < 0) throw context.fail(`Invalid patch path '${context.operation.path}' specified for op 'remove': '${item(context.params)}' is not in the list`);
      list.splice(index, 1);
    },
  };
}
