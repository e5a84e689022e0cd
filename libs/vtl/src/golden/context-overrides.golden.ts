import { GoldenCase } from './golden-case';

const O = 'AWS-BEHAVIOUR.md §1 overrides';

/** $context.requestOverride / responseOverride writes. */
export const OVERRIDE_CASES: readonly GoldenCase[] = [
  {
    name: 'requestOverride via querystring[$var], put and $context["requestOverride"]',
    source: `${O} [AWS]`,
    template: `#set($k = "q1")
#set($context.requestOverride.querystring[$k] = "v1")
$context.requestOverride.querystring.put("q2", "v2")
#set($context["requestOverride"].querystring["q3"] = "v3")
#set($context.requestOverride.path.id = "p")`,
    // put() returns null (renders empty); a reference line keeps its newline, unlike #set lines.
    expected: '\n',
    expectedOverrides: { requestOverride: { querystring: { q1: 'v1', q2: 'v2', q3: 'v3' }, path: { id: 'p' }, header: {} } },
  },
  {
    name: 'responseOverride status and header',
    source: `${O} [AWS] (MOCK returned status 444 and header foo: bar)`,
    template: '#set($context.responseOverride.status = 444)#set($context.responseOverride.header.foo = "bar")',
    expected: '',
    expectedOverrides: { responseOverride: { status: 444, header: { foo: 'bar' } } },
  },
  {
    name: 'overrides from an earlier phase are visible and kept',
    source: `${O} [AWS] (responseOverride survives into the response phase)`,
    template: '$context.responseOverride.status',
    context: { responseOverride: { status: 444, header: { foo: 'bar' } } },
    expected: '444',
    expectedOverrides: { responseOverride: { status: 444, header: { foo: 'bar' } } },
  },
];
