/** The parts of velocityjs's AST this library reads (velocityjs does not export its AST types). */
export type VelocityNode = string | AstNode | VelocityNode[];

export interface AstNode {
  readonly type: string;
  readonly id?: string;
  readonly value?: unknown;
  readonly isEval?: boolean;
  readonly isRange?: boolean;
  readonly prue?: boolean;
  readonly path?: readonly Attribute[];
  readonly args?: readonly AstNode[] | false;
  readonly operator?: string;
  readonly expression?: readonly AstNode[];
  readonly equal?: readonly [AstNode, AstNode];
  readonly condition?: AstNode;
  readonly from?: AstNode;
  readonly to?: string;
}

export type Attribute =
  | { readonly type: 'property'; readonly id: string }
  | { readonly type: 'method'; readonly id: string; readonly args?: readonly AstNode[] | false }
  | { readonly type: 'index'; readonly id: AstNode };

export function isAstNode(node: VelocityNode | undefined): node is AstNode {
  return typeof node === 'object' && node !== null && !Array.isArray(node);
}
