import type { RouteMatch, RouteNode, RouteTable, RouteTarget } from './route-table';

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
  const literals = node.literals;
  for (let i = 0; i < literals.length; i++) {
    const segment = literals[i].segment;
    if (segment.length === length && path.startsWith(segment, start)) {
      const hit = walk(literals[i].node, method, path, next, end, params);
      if (hit) return hit;
      break; // at most one literal can match this segment
    }
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
