import { VtlLimitError } from '../vtl-errors';
import { invokeMethod, readIndex, readProperty } from '../methods/member-access';
import { isMap, isWritable, mapGet, mapPut, newList, newMap } from '../values/collections';
import { JavaDouble, parseNumberToken, toIndex } from '../values/java-number';
import {
  ArithmeticOperator, isTruthy, javaArithmetic, javaCompare, javaEquals, javaNegate, RelationalOperator,
} from '../values/java-operators';
import { toText } from '../values/java-text';
import { ForeachScope } from './foreach-scope';
import { ifBranches } from './if-branches';
import { interpolationOf } from './interpolation-cache';
import { RenderBudget } from './render-budget';
import { AstNode, Attribute, isAstNode, VelocityNode } from './velocity-ast';
import { VelocityCompile, VelocityInternals } from './velocity-internals';

// Velocity's velocimacro.max.depth is 20; nested blocks get a generous bound to stay far from the JS stack.
const MAX_MACRO_DEPTH = 20;
const MAX_NESTING = 200;

type Scope = Record<string, unknown>;

/**
 * velocityjs's Compile with API Gateway's semantics: AWS value printing, Java operators, an
 * allow-listed member model (the sandbox), Velocity 1.7 #set/#if/#foreach rules and a render budget.
 * One instance renders once; the parsed AST it walks is shared and never mutated.
 */
export class AwsCompile extends VelocityCompile {
  private nesting = 0;
  private macroDepth = 0;
  private scopeSeq = 0;

  constructor(asts: VelocityNode[], private readonly budget: RenderBudget) {
    super(asts, { escape: false });
    // Template-chosen names (`#macro(constructor)`) must not collide with Object.prototype.
    this.macrosStore = Object.create(null) as VelocityInternals['macrosStore'];
    this.defines = Object.create(null) as Record<string, VelocityNode[]>;
    this.local = Object.create(null) as Record<string, Scope>;
  }

  run(variables: Scope): string {
    this.silence = true;
    this.context = variables;
    this.macros = Object.create(null) as Record<string, () => string>;
    return this.renderAstList();
  }

  override renderAstList(asts?: VelocityNode[], contextId?: string): string {
    const list = asts ?? this.asts;
    if (contextId) {
      if (contextId !== this.contextId && !this.conditions.includes(contextId)) this.conditions.unshift(contextId);
      this.contextId = contextId;
    } else {
      this.contextId = '';
    }
    if (++this.nesting > MAX_NESTING) throw new VtlLimitError('Mapping template nesting is too deep');
    try {
      let out = '';
      for (const node of list) {
        if (this.runState.stop || this.runState.break) break;
        this.budget.step();
        out += this.renderNode(node);
        this.budget.checkLength(out.length);
      }
      return out;
    } finally {
      this.nesting--;
    }
  }

  private renderNode(node: VelocityNode): string {
    if (typeof node === 'string') return node;
    if (Array.isArray(node)) return this.getBlock(node);
    switch (node.type) {
      case 'references':
        return toText(this.getReferences(node, true));
      case 'set':
        this.setValue(node);
        return '';
      case 'break':
        this.runState.break = true;
        return '';
      case 'macro_call':
        return this.getMacro(node);
      case 'raw':
        return typeof node.value === 'string' ? node.value : '';
      default:
        return '';
    }
  }

  override getReferences(ast: AstNode, isVal?: boolean): unknown {
    const id = ast.id ?? '';
    if (ast.prue && Object.prototype.hasOwnProperty.call(this.defines, id)) {
      return this.renderAstList(this.defines[id]);
    }
    const local = this.getLocal(ast);
    // `$foo()` (a call on a bare variable) is not Velocity; it resolves to nothing.
    let value = local.isLocal ? local.value : ast.args ? undefined : mapGet(this.context, id);
    for (const attribute of ast.path ?? []) {
      if (value === null || value === undefined) break;
      value = this.getAttribute(attribute, value);
    }
    return isVal ? toText(value) : value;
  }

  private getAttribute(attribute: Attribute, base: unknown): unknown {
    switch (attribute.type) {
      case 'property':
        return readProperty(base, attribute.id);
      case 'index':
        return readIndex(base, this.getLiteral(attribute.id));
      case 'method': {
        this.budget.step();
        const args = (attribute.args || []).map((arg) => this.getExpression(arg));
        const result = invokeMethod(base, attribute.id, args);
        if (typeof result === 'string') this.budget.checkLength(result.length);
        return result;
      }
    }
  }

  override getLiteral(node: AstNode): unknown {
    switch (node.type) {
      case 'string':
        return node.isEval && typeof node.value === 'string' && /[$#]/.test(node.value)
          ? this.renderAstList(interpolationOf(node), this.contextId)
          : node.value;
      case 'integer':
        return parseNumberToken(String(node.value));
      case 'decimal':
        return new JavaDouble(Number(node.value));
      case 'bool':
        return node.value === 'true' ? true : node.value === 'false' ? false : null;
      case 'array':
        return node.isRange ? this.getRange(node) : newList(this.items(node).map((item) => this.getExpression(item)));
      case 'map': {
        const map = newMap();
        const entries = (node.value ?? {}) as Record<string, AstNode>;
        for (const key of Object.keys(entries)) mapPut(map, key, this.getExpression(entries[key]));
        return map;
      }
      case 'math':
        return this.getExpression(node);
      case 'references':
        return this.getReferences(node, false);
      default:
        return undefined;
    }
  }

  private items(node: AstNode): readonly AstNode[] {
    return Array.isArray(node.value) ? (node.value as AstNode[]) : [];
  }

  private getRange(node: AstNode): unknown {
    const bounds = (node.value as readonly (AstNode | string | number)[]).map((bound) =>
      typeof bound === 'object' ? toIndex(this.getExpression(bound)) : toIndex(Number(bound)));
    const [begin, end] = bounds;
    if (begin === undefined || end === undefined) return undefined;
    this.budget.checkRange(Math.abs(end - begin) + 1);
    const range: number[] = [];
    const stepBy = begin <= end ? 1 : -1;
    for (let i = begin; stepBy > 0 ? i <= end : i >= end; i += stepBy) range.push(i);
    return newList(range);
  }

  override getExpression(node: AstNode): unknown {
    if (node.type !== 'math') return this.getLiteral(node);
    this.budget.step();
    const [left, right] = node.expression ?? [];
    const operator = node.operator ?? '';
    switch (operator) {
      case '+':
      case '-':
      case '*':
      case '/':
      case '%': {
        const result = javaArithmetic(operator as ArithmeticOperator, this.getExpression(left), this.getExpression(right));
        if (typeof result === 'string') this.budget.checkLength(result.length);
        return result;
      }
      case '&&':
        return isTruthy(this.getExpression(left)) && isTruthy(this.getExpression(right));
      case '||':
        return isTruthy(this.getExpression(left)) || isTruthy(this.getExpression(right));
      case '==':
        return javaEquals(this.getExpression(left), this.getExpression(right));
      case '!=':
        return !javaEquals(this.getExpression(left), this.getExpression(right));
      case '<':
      case '<=':
      case '>':
      case '>=':
        return javaCompare(operator as RelationalOperator, this.getExpression(left), this.getExpression(right));
      case 'minus':
        return javaNegate(this.getExpression(left));
      case 'not':
        return !isTruthy(this.getExpression(left));
      case 'parenthesis':
        return this.getExpression(left);
      default:
        return undefined;
    }
  }

  /** #set: Velocity 1.7 ignores a null right-hand side; writes go only into template-owned collections. */
  override setValue(node: AstNode): void {
    const [target, source] = node.equal ?? [];
    if (!target || !source) return;
    const value = this.getExpression(source);
    if (value === null || value === undefined) return;
    const id = target.id ?? '';
    const scope = this.contextId.startsWith('macro:') ? this.context : this.scopeOf(id);
    const path = target.path ?? [];
    if (path.length === 0) {
      mapPut(scope, id, value);
      return;
    }
    let base = mapGet(scope, id);
    for (const attribute of path.slice(0, -1)) {
      base = this.getAttribute(attribute, base);
      if (base === null || base === undefined) return;
    }
    const last = path[path.length - 1];
    if (last.type === 'method' || typeof base !== 'object' || base === null || !isWritable(base)) return;
    const key = last.type === 'property' ? last.id : this.getLiteral(last.id);
    if (Array.isArray(base)) {
      const index = toIndex(key);
      if (index !== undefined && index >= 0 && index < base.length) base[index] = value;
    } else if (isMap(base) && key !== null && key !== undefined) {
      mapPut(base, toText(key), value);
    }
  }

  private scopeOf(id: string): Scope {
    for (const contextId of this.conditions) {
      const scope = this.local[contextId];
      if (scope && Object.prototype.hasOwnProperty.call(scope, id)) return scope;
    }
    return this.context;
  }

  override getBlockIf(block: VelocityNode[]): string {
    for (const branch of ifBranches(block)) {
      if (branch.condition === undefined || isTruthy(this.getExpression(branch.condition))) {
        return this.renderAstList(branch.body, this.contextId);
      }
    }
    return '';
  }

  override getBlockEach(block: VelocityNode[]): string {
    const head = block[0];
    if (!isAstNode(head) || !head.from || !head.to) return '';
    const source = this.getExpression(head.from);
    const items = Array.isArray(source) ? source.slice() : isMap(source) ? Object.values(source) : undefined;
    if (!items || items.length === 0) return '';
    const body = block.slice(1);
    const contextId = `foreach:${++this.scopeSeq}`;
    const scope = Object.create(null) as Scope;
    this.local[contextId] = scope;
    let out = '';
    try {
      for (let i = 0; i < items.length; i++) {
        if (this.runState.break || this.runState.stop) break;
        this.budget.step();
        mapPut(scope, head.to, items[i]);
        scope.foreach = new ForeachScope(i, items.length);
        scope.velocityCount = i + 1;
        out += this.renderAstList(body, contextId);
        this.budget.checkLength(out.length);
      }
    } finally {
      this.runState.break = false;
      delete this.local[contextId];
      this.conditions = this.conditions.filter((id) => id !== contextId);
      this.contextId = this.conditions[0] ?? '';
    }
    return out;
  }

  override getMacro(ast: AstNode, bodyContent?: string): string {
    const id = ast.id ?? '';
    if (!Object.prototype.hasOwnProperty.call(this.macrosStore, id)) {
      if (id === 'stop') this.runState.stop = true;
      return '';
    }
    if (++this.macroDepth > MAX_MACRO_DEPTH) throw new VtlLimitError(`Macro #${id} nested too deeply`);
    try {
      const macro = this.macrosStore[id];
      const callArgs = ast.args || [];
      const scope = Object.create(null) as Scope;
      scope.bodyContent = bodyContent;
      (macro.args ?? []).forEach((param, i) => {
        if (param.id !== undefined) mapPut(scope, param.id, callArgs[i] ? this.getExpression(callArgs[i]) : undefined);
      });
      return this.eval(macro.asts, scope, `macro:${id}:${++this.scopeSeq}`);
    } finally {
      this.macroDepth--;
    }
  }
}
