import type { HttpMethod, SnapshotMethod, SnapshotResource } from '@tollgate/model';
import { parsePathTemplate, type TemplateSegment } from './path-template';
import { RouteCompileError } from './route-compile-error';
import { literalKey, type LiteralChild, type RouteNode, type RouteTable, type RouteTarget } from './route-table';

/** The verbs ANY stands for (AWS-BEHAVIOUR.md §4); HEAD is covered by ANY but never implied by GET. */
const ANY_VERBS = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'] as const;

/**
 * Builds the segment trie for one deployment. Called once per snapshot (compiler for validation, data
 * plane on load); the result is read-only and shared by every request.
 */
export function compileRoutes(resources: readonly SnapshotResource[]): RouteTable {
  const root = newNode();
  for (const resource of resources) {
    const node = insert(root, parsePathTemplate(resource.path), resource.path);
    if (node.resource) {
      throw new RouteCompileError(`Duplicate resource path '${resource.path}': another resource has the same path`, resource.path);
    }
    node.resource = resource;
    node.targets = buildTargets(resource);
  }
  indexLiterals(root);
  return { root, size: resources.length };
}

/** Above this many literal siblings, bucketing beats scanning them all. */
const LITERAL_INDEX_THRESHOLD = 6;

function indexLiterals(node: RouteNode): void {
  if (node.literals.length > LITERAL_INDEX_THRESHOLD) {
    const buckets = new Map<number, LiteralChild[]>();
    for (const literal of node.literals) {
      const key = literalKey(literal.segment, 0, literal.segment.length);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(literal);
      else buckets.set(key, [literal]);
    }
    node.literalBuckets = buckets;
  }
  for (const literal of node.literals) indexLiterals(literal.node);
  if (node.param) indexLiterals(node.param.node);
}

/** Null-prototype target maps, so a verb such as `constructor` can never hit Object.prototype. */
function emptyTargets(): Record<string, RouteTarget> {
  return Object.create(null) as Record<string, RouteTarget>;
}

function newNode(): RouteNode {
  return { literals: [], targets: emptyTargets() };
}

function insert(root: RouteNode, segments: TemplateSegment[], path: string): RouteNode {
  let node = root;
  for (const segment of segments) {
    if (segment.kind === 'literal') {
      let child = node.literals.find((l) => l.segment === segment.value);
      if (!child) {
        child = { segment: segment.value, node: newNode() };
        node.literals.push(child);
      }
      node = child.node;
      continue;
    }
    // One variable per level, like AWS: `{id}` beside `{petId}` or `{proxy+}` is rejected.
    const existing = node.param ?? node.greedy;
    const existingName = node.param ? node.param.name : node.greedy ? `${node.greedy.name}+` : undefined;
    const wanted = segment.kind === 'param' ? segment.name : `${segment.name}+`;
    if (existing && existingName !== wanted) {
      throw new RouteCompileError(
        `Invalid resource path '${path}': a sibling ({${existingName}}) already has a variable path part -- only one is allowed`,
        path,
      );
    }
    if (segment.kind === 'param') {
      node.param ??= { name: segment.name, node: newNode() };
      node = node.param.node;
    } else {
      node.greedy ??= { name: segment.name, node: newNode() };
      node = node.greedy.node;
    }
  }
  return node;
}

function buildTargets(resource: SnapshotResource): Record<string, RouteTarget> {
  const targets = emptyTargets();
  const methods = resource.methods ?? {};
  const any = methods.ANY;
  if (any) {
    for (const verb of ANY_VERBS) targets[verb] = target(resource, any);
  }
  for (const [verb, method] of Object.entries(methods) as [HttpMethod, SnapshotMethod | undefined][]) {
    if (verb !== 'ANY' && method) targets[verb] = target(resource, method);
  }
  return targets;
}

function target(resource: SnapshotResource, method: SnapshotMethod): RouteTarget {
  return Object.freeze({ resource, method });
}
