import { Compile } from 'velocityjs';
import { AstNode, VelocityNode } from './velocity-ast';

/**
 * velocityjs's Compile as it really is at runtime: its mixins install these members, but its .d.ts
 * types them loosely or not at all. We subclass through this typed view instead of forking.
 */
export interface VelocityInternals {
  context: Record<string, unknown>;
  macros: Record<string, (...args: unknown[]) => unknown>;
  defines: Record<string, VelocityNode[]>;
  conditions: string[];
  local: Record<string, Record<string, unknown>>;
  silence: boolean;
  contextId: string;
  macrosStore: Record<string, { asts: VelocityNode[]; args?: readonly AstNode[] }>;
  runState: { stop: boolean; break: boolean };
  asts: VelocityNode[];
  renderAstList(asts?: VelocityNode[], contextId?: string): string;
  getBlock(block: VelocityNode[]): string;
  getBlockIf(block: VelocityNode[]): string;
  getBlockEach(block: VelocityNode[]): string;
  getReferences(ast: AstNode, isVal?: boolean): unknown;
  getLocal(ast: AstNode): { value: unknown; isLocal: boolean };
  getLiteral(ast: AstNode): unknown;
  getExpression(ast: AstNode): unknown;
  setValue(ast: AstNode): void;
  getMacro(ast: AstNode, bodyContent?: string): string;
  eval(asts: VelocityNode[], local: Record<string, unknown>, contextId: string): string;
}

export const VelocityCompile = Compile as unknown as new (
  asts: VelocityNode[],
  config: { escape: boolean },
) => VelocityInternals;
