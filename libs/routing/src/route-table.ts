import type { SnapshotMethod, SnapshotResource } from '@tollgate/model';

/** A resolved (resource, method) pair, built once at compile time and shared by every match. */
export interface RouteTarget {
  readonly resource: SnapshotResource;
  readonly method: SnapshotMethod;
}

/** One trie level. Built by compileRoutes; read-only afterwards. */
export interface RouteNode {
  /** Literal children; few are scanned in place (no substring allocation)... */
  readonly literals: LiteralChild[];
  /** ...many are bucketed by literalKey (length, first and last char), so lookup allocates nothing either. */
  literalBuckets?: ReadonlyMap<number, readonly LiteralChild[]>;
  /** `{name}` child: matches one non-empty segment. */
  param?: { readonly name: string; readonly node: RouteNode };
  /** `{name+}` child: matches the rest of the path (at least one character). */
  greedy?: { readonly name: string; readonly node: RouteNode };
  /** The resource ending here, if any. */
  resource?: SnapshotResource;
  /** Request verb -> target, with ANY already expanded under explicit methods. */
  targets: Readonly<Record<string, RouteTarget>>;
}

export interface LiteralChild {
  readonly segment: string;
  readonly node: RouteNode;
}

/** Bucket key of a segment path[start, end): a small integer, computed without slicing. */
export function literalKey(path: string, start: number, end: number): number {
  return ((end - start) * 0x10000 + path.charCodeAt(start) * 0x100 + path.charCodeAt(end - 1)) | 0;
}

/** The compiled matcher for one deployment. Opaque to callers: use matchRoute. */
export interface RouteTable {
  readonly root: RouteNode;
  /** Number of resources compiled in, for diagnostics. */
  readonly size: number;
}

export interface RouteMatch {
  readonly resource: SnapshotResource;
  readonly method: SnapshotMethod;
  /** Raw (not URL-decoded) values keyed by parameter name; greedy names without the `+`. */
  readonly pathParameters: Record<string, string>;
}
