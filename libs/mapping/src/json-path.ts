/**
 * The JSONPath subset API Gateway accepts after `method.request.body.` / `integration.response.body.`
 * (written without the `$`): names (`a.b`, `['a b']`), array indexes (`[0]`, `[-1]`) and wildcards
 * (`*`, `[*]`). Compiled once; evaluating is a loop over plain objects.
 */
export type JsonPathStep =
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'wildcard' };

export interface CompiledJsonPath {
  readonly steps: readonly JsonPathStep[];
  /** A wildcard makes the result a list (Jayway's "indefinite" path). */
  readonly definite: boolean;
}

/** Returns undefined when the text is not a JSONPath of the supported subset. */
export function compileJsonPath(text: string): CompiledJsonPath | undefined {
  const rooted = text.startsWith('$');
  const source = rooted ? text.slice(1) : text;
  const steps: JsonPathStep[] = [];
  let pos = 0;
  let first = true;
  while (pos < source.length) {
    const char = source[pos];
    if (char === '[') {
      const end = bracketEnd(source, pos);
      if (end === -1) return undefined;
      const step = bracketStep(source.slice(pos + 1, end).trim());
      if (!step) return undefined;
      steps.push(step);
      pos = end + 1;
    } else {
      // A name follows a '.', except at the start of a path written without `$` (`a.b`); there a
      // leading '.' would make `body..a`, a deep scan.
      const bare = first && !rooted;
      if (char === '.' ? bare : !bare) return undefined;
      if (char === '.') pos++;
      let end = pos;
      while (end < source.length && source[end] !== '.' && source[end] !== '[') end++;
      const name = source.slice(pos, end);
      // Empty names are `..` (deep scan, not supported) or a trailing dot.
      if (name === '' || /\s/.test(name)) return undefined;
      steps.push(name === '*' ? { kind: 'wildcard' } : { kind: 'name', name });
      pos = end;
    }
    first = false;
  }
  if (steps.length === 0) return undefined;
  return { steps, definite: steps.every((step) => step.kind !== 'wildcard') };
}

function bracketEnd(source: string, open: number): number {
  const quote = source[open + 1];
  if (quote === "'" || quote === '"') {
    const close = source.indexOf(quote, open + 2);
    return close === -1 || source[close + 1] !== ']' ? -1 : close + 1;
  }
  return source.indexOf(']', open);
}

function bracketStep(inner: string): JsonPathStep | undefined {
  if (inner === '*') return { kind: 'wildcard' };
  if (/^-?\d+$/.test(inner)) return { kind: 'index', index: Number(inner) };
  const quoted = /^'([^']*)'$/.exec(inner) ?? /^"([^"]*)"$/.exec(inner);
  return quoted ? { kind: 'name', name: quoted[1] } : undefined;
}

/** Definite path: the value or undefined. Indefinite path: the list of every match. */
export function evaluateJsonPath(path: CompiledJsonPath, root: unknown): unknown {
  if (path.definite) {
    let current = root;
    for (const step of path.steps) {
      current = child(current, step);
      if (current === undefined) return undefined;
    }
    return current;
  }
  let current: unknown[] = [root];
  for (const step of path.steps) {
    const next: unknown[] = [];
    for (const value of current) {
      if (step.kind === 'wildcard') {
        if (Array.isArray(value)) next.push(...(value as unknown[]));
        else if (isObject(value)) next.push(...Object.values(value));
      } else {
        const found = child(value, step);
        if (found !== undefined) next.push(found);
      }
    }
    current = next;
  }
  return current;
}

function child(value: unknown, step: JsonPathStep): unknown {
  if (step.kind === 'name') {
    return isObject(value) && Object.prototype.hasOwnProperty.call(value, step.name) ? value[step.name] : undefined;
  }
  if (step.kind === 'index') {
    if (!Array.isArray(value)) return undefined;
    const index = step.index < 0 ? value.length + step.index : step.index;
    return value[index] as unknown;
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * How a JSON value becomes a parameter value: strings as they are, numbers and booleans as their JSON
 * text, objects and lists as compact JSON. Null and missing give undefined (the mapping is skipped).
 */
export function jsonValueToText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
