import { literalKey, type RouteMatch, type RouteNode, type RouteTable, type RouteTarget } from './route-table';

const SLASH = 47; // '/'

/**
 * Finds the resource and method for a request (AWS-BEHAVIOUR.md §4): literal, then `{param}`, then
 * `{greedy+}` at each level, backtracking when a branch has no method for this verb. Leading and
 * trailing slashes are ignored; values are raw (not URL-decoded). Walks the string by index, so the
 * only allocations are the params object, its values and the result.
 */
export function matchRoute(table: RouteTable, method: string, rawPath: string): RouteMatch | undefined {
  let start = 0;
  let end = rawPath.length;
  while (start < end && rawPath.charCodeAt(start) === SLASH) start++;
  while (end > start && rawPath.charCodeAt(end - 1) === SLASH) end--;
  const pathParameters: Record<string, string> = {};
  const found = walk(table.root, method, rawPath, start, end, pathParameters);
  return found && { resource: found.resource, method: found.method, pathParameters };
}

/**
 * Returns the target reached from `node` for path[start, end). Parameter values are written only
 * while unwinding a successful branch, so backtracking never leaves stale values behind.
 */
function walk(
  node: RouteNode, method: string, path: string, start: number, end: number, params: Record<string, string>,
): RouteTarget | undefined {
  if (start >= end) return node.targets[method];
  let segEnd = path.indexOf('/', start);
  if (segEnd === -1 || segEnd > end) segEnd = end;
  const length = segEnd - start;
  const next = segEnd + 1;
  const literal = length === 0 ? undefined : findLiteral(node, path, start, segEnd);
  if (literal) {
    const hit = walk(literal, method, path, next, end, params);
    if (hit) return hit;
  }
  if (node.param && length > 0) {
    const hit = walk(node.param.node, method, path, next, end, params);
    if (hit) {
      params[node.param.name] = path.slice(start, segEnd);
      return hit;
    }
  }
  // start < end here, so the greedy part gets the at-least-one-character it needs.
  const greedyHit = node.greedy?.node.targets[method];
  if (greedyHit && node.greedy) {
    params[node.greedy.name] = path.slice(start, end);
    return greedyHit;
  }
  return undefined;
}

/** The literal child equal to path[start, end), compared in place. At most one can match. */
function findLiteral(node: RouteNode, path: string, start: number, end: number): RouteNode | undefined {
  const literals = node.literalBuckets ? node.literalBuckets.get(literalKey(path, start, end)) : node.literals;
  if (!literals) return undefined;
  const length = end - start;
  for (let i = 0; i < literals.length; i++) {
    const segment = literals[i].segment;
    if (segment.length === length && path.startsWith(segment, start)) return literals[i].node;
  }
  return undefined;
}
