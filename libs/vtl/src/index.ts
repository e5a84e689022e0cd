export { compileTemplate, CompiledTemplate } from './compile-template';
export { renderTemplate } from './render-template';
export type { RenderResult, TemplateVariables } from './render-template';
export { createTemplateInput, TemplateInput } from './input/template-input';
export type { TemplateInputSource } from './input/template-input';
export type { ContextValue, TemplateContext, TemplateOverrides } from './template-context';
export { DEFAULT_RENDER_LIMITS } from './engine/render-budget';
export type { RenderLimits } from './engine/render-budget';
export { VtlCompileError, VtlError, VtlLimitError, VtlRenderError } from './vtl-errors';
