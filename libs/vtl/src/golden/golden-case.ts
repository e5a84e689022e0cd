import { TemplateContext, TemplateOverrides } from '../template-context';

/** One golden vector: a template, the request it sees, and what AWS produces for it. */
export interface GoldenCase {
  readonly name: string;
  /** Where the expected output comes from (AWS docs page, AWS-BEHAVIOUR.md section and tag). */
  readonly source: string;
  readonly template: string;
  readonly body?: string;
  readonly pathParameters?: Record<string, string>;
  readonly queryStringParameters?: Record<string, string>;
  readonly headers?: Record<string, string>;
  readonly context?: TemplateContext;
  readonly stageVariables?: Record<string, string>;
  /** Exact output. */
  readonly expected?: string;
  /** Output compared after JSON.parse, where whitespace differs between engines. */
  readonly expectedJson?: unknown;
  /** Override maps the template must produce (compared with toEqual). */
  readonly expectedOverrides?: Partial<{
    requestOverride: Partial<TemplateOverrides['requestOverride']>;
    responseOverride: Partial<TemplateOverrides['responseOverride']>;
  }>;
}
