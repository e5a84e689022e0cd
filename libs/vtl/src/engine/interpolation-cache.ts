import { parse } from 'velocityjs';
import { VtlRenderError } from '../vtl-errors';
import { AstNode, VelocityNode } from './velocity-ast';

// Double-quoted strings with `$`/`#` are templates themselves. velocityjs re-parses them on every
// evaluation; we parse each once (at compile time, see precompileInterpolations) and keep the AST.
const cache = new WeakMap<AstNode, VelocityNode[]>();

export function interpolationOf(node: AstNode): VelocityNode[] {
  let asts = cache.get(node);
  if (!asts) {
    try {
      asts = parse(String(node.value), Object.create(null) as Record<string, boolean>) as unknown as VelocityNode[];
    } catch (error) {
      throw new VtlRenderError(`Invalid string template "${String(node.value)}": ${(error as Error).message}`);
    }
    cache.set(node, asts);
  }
  return asts;
}

/** Walks a parsed template and parses every interpolated string literal in it (recursively). */
export function precompileInterpolations(node: unknown): void {
  if (Array.isArray(node)) {
    for (const child of node) precompileInterpolations(child);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const ast = node as AstNode;
  if (ast.type === 'string' && ast.isEval && typeof ast.value === 'string' && /[$#]/.test(ast.value)) {
    precompileInterpolations(interpolationOf(ast));
    return;
  }
  for (const key of Object.keys(ast)) {
    if (key !== 'pos') precompileInterpolations((ast as unknown as Record<string, unknown>)[key]);
  }
}
