import { parse } from 'velocityjs';
import { VtlCompileError } from './vtl-errors';
import { precompileInterpolations } from './engine/interpolation-cache';
import { VelocityNode } from './engine/velocity-ast';

/** A parsed mapping template. Immutable and shareable: compile on snapshot load, render per request. */
export class CompiledTemplate {
  /** @internal the velocityjs AST; read only by renderTemplate. */
  readonly asts: readonly VelocityNode[];

  constructor(readonly source: string, asts: VelocityNode[]) {
    this.asts = asts;
    Object.freeze(this);
  }
}

// velocityjs looks macro names up in this map; a null prototype keeps `#constructor()` a plain call.
const NO_CUSTOM_BLOCKS: Record<string, boolean> = Object.create(null) as Record<string, boolean>;

// AWS tolerates `# set(` (LocalStack rewrites it too); Velocity itself would print it as text.
const SPACED_SET = /#[ \t]+set[ \t]*\(/g;

/**
 * Parses a template once. Like AWS, the template is stripped of surrounding whitespace first.
 * Throws VtlCompileError when the template (or a string template inside it) cannot be parsed.
 */
export function compileTemplate(source: string): CompiledTemplate {
  const prepared = source.trim().replace(SPACED_SET, '#set(');
  let asts: VelocityNode[];
  try {
    asts = parse(prepared, NO_CUSTOM_BLOCKS) as unknown as VelocityNode[];
    precompileInterpolations(asts);
  } catch (error) {
    throw new VtlCompileError(`Invalid mapping template: ${(error as Error).message}`);
  }
  return new CompiledTemplate(source, asts);
}
