import { compileTemplate, createTemplateInput, renderTemplate } from '../index';
import { AWS_DOCS_CASES } from './aws-docs.golden';
import { OVERRIDE_CASES } from './context-overrides.golden';
import { GoldenCase } from './golden-case';
import { INPUT_CASES } from './input-variables.golden';
import { STRING_CASES } from './java-strings.golden';
import { UTIL_CASES } from './util-functions.golden';
import { VTL_CASES } from './vtl-semantics.golden';

const ALL: readonly GoldenCase[] = [
  ...AWS_DOCS_CASES, ...INPUT_CASES, ...UTIL_CASES, ...VTL_CASES, ...STRING_CASES, ...OVERRIDE_CASES,
];

function render(c: GoldenCase) {
  const input = createTemplateInput({
    body: c.body ?? '',
    pathParameters: c.pathParameters,
    queryStringParameters: c.queryStringParameters,
    headers: c.headers,
  });
  return renderTemplate(compileTemplate(c.template), { input, context: c.context, stageVariables: c.stageVariables });
}

describe('golden mapping templates', () => {
  it('has at least 80 cases, each with a source and an expectation', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(80);
    for (const c of ALL) {
      expect(c.source).not.toHaveLength(0);
      expect(c.expected !== undefined || c.expectedJson !== undefined).toBe(true);
    }
  });

  it.each(ALL.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = render(c);
    if (c.expected !== undefined) expect(result.output).toBe(c.expected);
    if (c.expectedJson !== undefined) expect(JSON.parse(result.output)).toEqual(c.expectedJson);
    if (c.expectedOverrides?.requestOverride) {
      expect(result.overrides.requestOverride).toEqual(c.expectedOverrides.requestOverride);
    }
    if (c.expectedOverrides?.responseOverride) {
      expect(result.overrides.responseOverride).toEqual(c.expectedOverrides.responseOverride);
    }
  });
});
