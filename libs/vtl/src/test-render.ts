import { compileTemplate } from './compile-template';
import { RenderLimits } from './engine/render-budget';
import { createTemplateInput, TemplateInputSource } from './input/template-input';
import { RenderResult, renderTemplate } from './render-template';
import { TemplateContext } from './template-context';

/** Test helper: compile and render one template against a body (and optional context). */
export function renderWith(
  template: string,
  source: Partial<TemplateInputSource> = {},
  options: { context?: TemplateContext; stageVariables?: Record<string, string>; limits?: RenderLimits } = {},
): RenderResult {
  return renderTemplate(
    compileTemplate(template),
    { input: createTemplateInput({ body: '', ...source }), context: options.context, stageVariables: options.stageVariables },
    options.limits,
  );
}
