import { CompiledTemplate } from './compile-template';
import { AwsCompile } from './engine/aws-compile';
import { asRenderError } from './engine/render-errors';
import { RenderBudget, RenderLimits } from './engine/render-budget';
import { TemplateInput } from './input/template-input';
import { buildTemplateContext, collectOverrides, TemplateContext, TemplateOverrides } from './template-context';
import { TEMPLATE_UTIL } from './util/template-util';
import { mapPut } from './values/collections';

export interface TemplateVariables {
  /** `$input`, from createTemplateInput (one per request). */
  readonly input: TemplateInput;
  /** `$context`; the caller's object is never modified. */
  readonly context?: TemplateContext;
  /** `$stageVariables`; a missing variable renders empty. */
  readonly stageVariables?: Readonly<Record<string, string>>;
}

export interface RenderResult {
  readonly output: string;
  readonly overrides: TemplateOverrides;
}

const NO_STAGE_VARIABLES: Readonly<Record<string, string>> = Object.freeze({});

/**
 * Renders a compiled template. Synchronous and self-contained. Throws VtlRenderError when the template
 * fails (as AWS would answer 500), VtlLimitError when it runs out of its time or size budget.
 */
export function renderTemplate(
  template: CompiledTemplate,
  variables: TemplateVariables,
  limits?: RenderLimits,
): RenderResult {
  const context = buildTemplateContext(variables.context);
  const root = Object.create(null) as Record<string, unknown>;
  mapPut(root, 'input', variables.input);
  mapPut(root, 'context', context);
  mapPut(root, 'stageVariables', variables.stageVariables ?? NO_STAGE_VARIABLES);
  mapPut(root, 'util', TEMPLATE_UTIL);
  let output: string;
  try {
    output = new AwsCompile(template.asts as AwsCompile['asts'], new RenderBudget(limits)).run(root);
  } catch (error) {
    throw asRenderError(error);
  }
  return { output, overrides: collectOverrides(context) };
}
