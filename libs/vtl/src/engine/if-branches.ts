import { AstNode, isAstNode, VelocityNode } from './velocity-ast';

/** One arm of `#if … #elseif … #else … #end`; `condition` is undefined for #else. */
export interface IfBranch {
  readonly condition: AstNode | undefined;
  readonly body: VelocityNode[];
}

// The AST is shared and immutable, so each #if block is split into arms once, not per render.
const cache = new WeakMap<VelocityNode[], readonly IfBranch[]>();

export function ifBranches(block: VelocityNode[]): readonly IfBranch[] {
  let branches = cache.get(block);
  if (branches) return branches;
  const built: { condition: AstNode | undefined; body: VelocityNode[] }[] = [];
  for (const node of block) {
    if (isAstNode(node) && (node.type === 'if' || node.type === 'elseif' || node.type === 'else')) {
      built.push({ condition: node.type === 'else' ? undefined : node.condition, body: [] });
    } else if (built.length > 0) {
      built[built.length - 1].body.push(node);
    }
  }
  branches = built;
  cache.set(block, branches);
  return branches;
}
