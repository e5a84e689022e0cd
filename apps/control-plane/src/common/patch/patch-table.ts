import type { FieldFailure } from '../body-fields';
import { invalidPatchPath, type PatchOperation, unescapePathSegment } from '../patch-operations';

/** Values of a rule's `{placeholder}` segments, `~1`/`~0` already decoded. */
export type PatchParams = Readonly<Record<string, string>>;

/** What a rule's handler gets for one operation. */
export interface PatchContext {
  readonly operation: PatchOperation;
  readonly params: PatchParams;
  /** The operation's value (for copy/move: the value read at `from`); undefined when absent. */
  readonly value: string | undefined;
  readonly fail: FieldFailure;
  /** The value, or AWS's "value is required" error naming the path. */
  required(): string;
}

export type PatchHandler<T> = (target: T, context: PatchContext) => void;

/**
 * One patchable path of a resource. `path` is a JSON-pointer template: literal segments, and `{name}`
 * segments that match one segment of the operation's path (e.g. `/requestTemplates/{contentType}`
 * matches `/requestTemplates/application~1json`); a last `{name+}` matches one or more segments. A handler per supported op; an op without one is refused.
 */
export interface PatchRule<T> {
  readonly path: string;
  readonly add?: PatchHandler<T>;
  readonly replace?: PatchHandler<T>;
  readonly remove?: PatchHandler<T>;
  /** Target of `copy`: gets the value read at `from`. */
  readonly copy?: PatchHandler<T>;
  /** Target of `move`: gets the value read at `from`, which is then removed. */
  readonly move?: PatchHandler<T>;
  /** Current value: makes the path a `from` for copy/move and testable with `test`. */
  readonly read?: (target: T, context: PatchContext) => string | undefined;
}

export interface PatchTable<T> {
  readonly rules: readonly PatchRule<T>[];
  /** The feature's BadRequest error factory. */
  readonly fail: FieldFailure;
  /** Replaces the default "Invalid patch path ..." message (UpdateStage has its own wording). */
  readonly invalidPath?: (operation: PatchOperation, allowed: readonly string[]) => Error;
}

type Op = PatchOperation['op'];
const HANDLERS: Record<Exclude<Op, 'test'>, 'add' | 'replace' | 'remove' | 'copy' | 'move'> = {
  add: 'add',
  replace: 'replace',
  remove: 'remove',
  copy: 'copy',
  move: 'move',
};

/**
 * Applies patchOperations in order to `target` (a mutable draft of the resource). Any invalid operation
 * throws before the caller persists anything, so an update is all or nothing, as on AWS.
 */
export function applyPatch<T>(target: T, operations: readonly PatchOperation[], table: PatchTable<T>): T {
  for (const operation of operations) applyOne(target, operation, table);
  return target;
}

/** The rule templates that accept `op`, as AWS lists them in its error messages. */
export function patchPathsFor<T>(rules: readonly PatchRule<T>[], op: Op): string[] {
  return rules.filter((rule) => (op === 'test' ? rule.read : rule[HANDLERS[op]]) !== undefined).map((rule) => rule.path);
}

function applyOne<T>(target: T, operation: PatchOperation, table: PatchTable<T>): void {
  const { fail } = table;
  const found = findRule(table, operation.path, operation.op);
  if (!found) throw rejectPath(table, operation);
  const [rule, params] = found;
  if (operation.op === 'test') {
    const current = rule.read?.(target, context(operation, params, operation.value, fail));
    if (current !== operation.value) throw fail(`Test operation failed for path '${operation.path}': the current value is not '${operation.value ?? ''}'`);
    return;
  }
  if (operation.op === 'copy' || operation.op === 'move') {
    const from = operation.from;
    if (from === undefined || from === '') throw fail(`Invalid patch operation: 'from' is required for op '${operation.op}' on '${operation.path}'`);
    const source = findRule(table, from, 'test');
    if (!source) throw fail(`Invalid 'from' path '${from}' specified for op '${operation.op}' on '${operation.path}'`);
    const [sourceRule, sourceParams] = source;
    const value = sourceRule.read?.(target, context(operation, sourceParams, undefined, fail));
    if (value === undefined) throw fail(`Invalid 'from' path '${from}': there is no value to ${operation.op}`);
    rule[operation.op]?.(target, context(operation, params, value, fail));
    if (operation.op === 'move') {
      if (!sourceRule.remove) throw fail(`Invalid 'from' path '${from}' specified for op 'move': it cannot be removed`);
      sourceRule.remove(target, context(operation, sourceParams, undefined, fail));
    }
    return;
  }
  rule[HANDLERS[operation.op]]?.(target, context(operation, params, operation.value, fail));
}

/** The first rule whose template matches `path` and that supports `op` (`test` = has a reader). */
function findRule<T>(table: PatchTable<T>, path: string, op: Op): [PatchRule<T>, PatchParams] | undefined {
  if (!path.startsWith('/')) return undefined;
  const segments = path.slice(1).split('/');
  for (const rule of table.rules) {
    const supported = op === 'test' ? rule.read : rule[HANDLERS[op]];
    if (!supported) continue;
    const params = match(rule.path, segments);
    if (params) return [rule, params];
  }
  return undefined;
}

function match(template: string, segments: readonly string[]): PatchParams | undefined {
  const parts = template.slice(1).split('/');
  const last = parts[parts.length - 1];
  // A last `{name+}` takes the rest of the path, segments decoded and joined with '/' (keys that hold slashes).
  const greedy = last.startsWith('{') && last.endsWith('+}');
  if (greedy ? segments.length < parts.length : parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  if (greedy) {
    const rest = segments.slice(parts.length - 1).map(unescapePathSegment).join('/');
    if (rest === '') return undefined;
    params[last.slice(1, -2)] = rest;
  }
  for (let i = 0; i < (greedy ? parts.length - 1 : parts.length); i++) {
    const part = parts[i];
    const segment = segments[i];
    if (part.startsWith('{') && part.endsWith('}')) {
      if (segment === '') return undefined;
      params[part.slice(1, -1)] = unescapePathSegment(segment);
    } else if (part !== segment) {
      return undefined;
    }
  }
  return params;
}

function rejectPath<T>(table: PatchTable<T>, operation: PatchOperation): Error {
  const allowed = patchPathsFor(table.rules, operation.op);
  if (table.invalidPath) return table.invalidPath(operation, allowed);
  if (allowed.length === 0) return table.fail(`Invalid patch path '${operation.path}' specified for op '${operation.op}'. Please choose supported operations`);
  return invalidPatchPath(operation, allowed, table.fail);
}

function context(operation: PatchOperation, params: PatchParams, value: string | undefined, fail: FieldFailure): PatchContext {
  return {
    operation,
    params,
    value,
    fail,
    required() {
      if (value === undefined) throw fail(`Invalid patch operation: 'value' is required for op '${operation.op}' on '${operation.path}'`);
      return value;
    },
  };
}
