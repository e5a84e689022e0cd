import type { SnapshotModel } from '@tollgate/model';
import type { GraphModel } from './rest-api-graph';
import { SnapshotCompileError, SnapshotCompileErrorCode } from './snapshot-compile-error';

/** How API Gateway models reference each other inside a schema. */
const MODEL_REF = /^https:\/\/apigateway\.amazonaws\.com\/restapis\/[^/]+\/models\/([^/#?]+)$/;

/**
 * Makes every model self-contained: `$ref`s to other models become `#/definitions/{name}` and the
 * referenced schemas (transitively, cycles included) are embedded under `definitions`.
 */
export function resolveModels(models: GraphModel[]): Record<string, SnapshotModel> {
  const byName = new Map(models.map((m) => [m.name, m]));
  const resolved: Record<string, SnapshotModel> = {};
  for (const model of [...models].sort((a, b) => a.name.localeCompare(b.name))) {
    resolved[model.name] = { name: model.name, contentType: model.contentType, schema: selfContained(model, byName) };
  }
  return resolved;
}

function selfContained(model: GraphModel, byName: Map<string, GraphModel>): unknown {
  const pending = [model.name];
  const definitions: Record<string, unknown> = {};
  const seen = new Set<string>([model.name]);
  let root: unknown;
  while (pending.length > 0) {
    const name = pending.shift() as string;
    const target = byName.get(name);
    if (!target) throw new SnapshotCompileError(SnapshotCompileErrorCode.InvalidModel, `Invalid model name specified: ${name}`);
    const rewritten = rewriteRefs(target.schema, (ref) => {
      // A model referring to itself points at its own root.
      if (ref === model.name) return '#';
      if (!seen.has(ref)) {
        seen.add(ref);
        pending.push(ref);
      }
      return `#/definitions/${ref}`;
    });
    if (name === model.name) root = rewritten;
    else definitions[name] = rewritten;
  }
  if (Object.keys(definitions).length === 0 || root === null || typeof root !== 'object' || Array.isArray(root)) return root;
  const own = (root as Record<string, unknown>)['definitions'];
  const merged = own && typeof own === 'object' && !Array.isArray(own) ? { ...definitions, ...(own as Record<string, unknown>) } : definitions;
  return { ...(root as Record<string, unknown>), definitions: merged };
}

function rewriteRefs(value: unknown, onRef: (modelName: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, onRef));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    const match = key === '$ref' && typeof member === 'string' ? MODEL_REF.exec(member) : null;
    if (match) {
      out[key] = onRef(safeDecode(match[1]));
    } else {
      out[key] = rewriteRefs(member, onRef);
    }
  }
  return out;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
