import type { SnapshotIntegrationResponse } from '@tollgate/model';
import { compileIntegrationResponses, compileSelectionPattern, selectIntegrationResponse } from './integration-responses';
import { MappingCompileError } from './mapping-error';

function response(statusCode: string, selectionPattern?: string, extra: Partial<SnapshotIntegrationResponse> = {}): SnapshotIntegrationResponse {
  return { statusCode, selectionPattern, responseParameters: {}, responseTemplates: {}, ...extra };
}

function compile(responses: SnapshotIntegrationResponse[], type: 'HTTP' | 'MOCK' | 'AWS' = 'HTTP', uri?: string) {
  return compileIntegrationResponses({ type, uri, integrationResponses: Object.fromEntries(responses.map((r) => [r.statusCode, r])) });
}

describe('selectIntegrationResponse by status code (HTTP, MOCK)', () => {
  const compiled = compile([
    response('200'),
    response('400', '4\\d{2}'),
    response('404', '404'),
    response('500', '5\\d\\d'),
  ]);

  it.each([
    ['200', '200'],
    ['201', '200'],
    ['302', '200'],
    ['400', '400'],
    ['404', '400'], // patterns are tried in status-code order: 400's 4\d{2} matches first
    ['422', '400'],
    ['503', '500'],
    ['5000', '200'], // full match: 5\d\d does not match a prefix
  ])('%s -> %s', (value, expected) => {
    expect(selectIntegrationResponse(compiled, value)?.statusCode).toBe(expected);
  });

  it('returns null when nothing matches and there is no default', () => {
    const noDefault = compile([response('400', '4\\d{2}')]);
    expect(selectIntegrationResponse(noDefault, '200')).toBeNull();
    expect(selectIntegrationResponse(compile([]), '200')).toBeNull();
  });

  it('treats an empty pattern as the default', () => {
    expect(selectIntegrationResponse(compile([response('201', '')]), '500')?.status).toBe(201);
  });

  it('prefers the lowest status code among several defaults', () => {
    expect(selectIntegrationResponse(compile([response('204'), response('202')]), '200')?.statusCode).toBe('202');
  });
});

describe('selectIntegrationResponse by Lambda errorMessage (AWS non-proxy)', () => {
  const uri = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:f/invocations';
  const compiled = compile([
    response('200'),
    response('400', '.*four hundred.*'),
    response('404', 'Not Found'),
    response('500', '.*\\[500\\].*'),
  ], 'AWS', uri);

  it('selects on the errorMessage', () => {
    expect(compiled.selectionSource).toBe('lambdaErrorMessage');
  });

  it.each([
    ['', '200'], // success: empty errorMessage, the default
    ['Error: Raising four hundred from within the Lambda function', '400'], // AWS-validated example
    ['Not Found', '404'],
    ['Not Found!', '200'],
    ['multi\nline four hundred\nerror', '400'], // dot matches new lines
    ['boom [500] internal', '500'],
  ])('%j -> %s', (message, expected) => {
    expect(selectIntegrationResponse(compiled, message)?.statusCode).toBe(expected);
  });

  it('uses the status code for other AWS service integrations', () => {
    expect(compile([response('200')], 'AWS', 'arn:aws:apigateway:us-east-1:sqs:path/1/q').selectionSource).toBe('statusCode');
    expect(compile([response('200')], 'MOCK').selectionSource).toBe('statusCode');
  });
});

describe('compileIntegrationResponses', () => {
  it('compiles parameters and templates of each response', () => {
    const compiled = compileIntegrationResponses({
      type: 'HTTP',
      integrationResponses: {
        '200': response('200', undefined, {
          responseParameters: { 'method.response.header.X-Id': 'integration.response.header.x-id' },
          responseTemplates: { 'application/json': '$input.json("$")' },
          contentHandling: 'CONVERT_TO_TEXT',
        }),
      },
    }, { compileTemplate: (source) => ({ compiled: source.length }) });
    const selected = selectIntegrationResponse(compiled, '200')!;
    expect(selected.parameters.mappings).toHaveLength(1);
    expect(selected.templates.entries[0]).toEqual({ contentType: 'application/json', mediaType: 'application/json', template: { compiled: 16 } });
    expect(selected.contentHandling).toBe('CONVERT_TO_TEXT');
  });

  it.each([
    ['a bad status code', [response('20x')], 'Invalid status code specified: 20x'],
    ['a status code out of range', [response('600')], 'Invalid status code specified: 600'],
    ['an invalid regex', [response('400', '4(\\d')], 'Invalid selection pattern specified: 4(\\d'],
    ['a bad response parameter', [response('200', undefined, { responseParameters: { 'method.response.body': "'x'" } })],
      'Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression specified: method.response.body]'],
  ])('refuses %s', (_name, responses, message) => {
    expect(() => compile(responses)).toThrow(new MappingCompileError(message));
  });

  it('checks targets against the method responses when given', () => {
    const integration = { type: 'HTTP' as const, integrationResponses: { '200': response('200', undefined, { responseParameters: { 'method.response.header.A': "'1'" } }) } };
    expect(() => compileIntegrationResponses(integration, { methodResponseParameters: { '200': {} } })).toThrow(MappingCompileError);
    expect(() => compileIntegrationResponses(integration, { methodResponseParameters: { '200': { 'method.response.header.A': false } } })).not.toThrow();
  });
});

describe('selection patterns cannot backtrack catastrophically', () => {
  const uri = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:f/invocations';

  it('runs a catastrophic pattern on RE2 and selects correctly on a hostile error message', () => {
    const compiled = compile([response('200'), response('400', '(a+)+'), response('500', '(\\w+\\s?)*')], 'AWS', uri);
    // Checked first, so a regression to a backtracking engine fails here instead of hanging the suite.
    expect(compiled.patterns.map((p) => p.regex.engine)).toEqual(['re2', 're2']);
    expect(selectIntegrationResponse(compiled, `${'a'.repeat(5000)}!`)?.statusCode).toBe('200');
    expect(selectIntegrationResponse(compiled, 'a'.repeat(5000))?.statusCode).toBe('400');
    expect(selectIntegrationResponse(compiled, `${'word '.repeat(2000)}!`)?.statusCode).toBe('200');
  });

  it('refuses a pattern that needs backtracking and nests quantifiers, naming it', () => {
    expect(() => compile([response('400', '(a+)+\\1')])).toThrow(MappingCompileError);
    expect(() => compile([response('400', '(a+)+\\1')])).toThrow(/^Invalid selection pattern specified: \(a\+\)\+\\1 \(.*backtracking/);
  });

  it('keeps a backreference pattern, and a message too long for it does not match', () => {
    const compiled = compile([response('200'), response('409', '.*(\\w)\\1.*')], 'AWS', uri);
    expect(selectIntegrationResponse(compiled, 'Conflict: ddd')?.statusCode).toBe('409');
    expect(selectIntegrationResponse(compiled, `${'ab'.repeat(6000)}xx`)?.statusCode).toBe('200');
  });

  it('compileSelectionPattern is the check the snapshot compiler uses', () => {
    expect(compileSelectionPattern('4\\d{2}').matches('404')).toBe(true);
    expect(compileSelectionPattern('4\\d{2}').matches('4040')).toBe(false);
    expect(() => compileSelectionPattern('4(\\d')).toThrow(new MappingCompileError('Invalid selection pattern specified: 4(\\d'));
  });
});
