import { buildMethod, buildSnapshot } from '@tollgate/testing';
import { compileSafeRegex } from '@tollgate/safe-regex';
import { compileMethodValidation, schemaPatternProblem, validateRequest, type CompiledValidation } from './index';

const BODY_VALIDATOR = { body: { id: 'body', name: 'body-only', validateRequestBody: true, validateRequestParameters: false } };

function compileSchema(schema: unknown): CompiledValidation {
  const snapshot = buildSnapshot({ requestValidators: BODY_VALIDATOR, models: { M: { name: 'M', contentType: 'application/json', schema } } });
  const compiled = compileMethodValidation(snapshot, buildMethod({ httpMethod: 'POST', requestValidatorId: 'body', requestModels: { 'application/json': 'M' } }));
  if (!compiled) throw new Error('expected a compiled validation');
  return compiled;
}

function validate(compiled: CompiledValidation, body: string) {
  return validateRequest(compiled, { headers: {}, pathParameters: {}, queryStringParameters: {}, contentType: 'application/json', body });
}

describe('model patterns run on a linear-time engine', () => {
  it('answers a catastrophic `pattern` at once with the usual validation error', () => {
    // Checked first: were this a backtracking engine, the validation below would hang the suite.
    expect(compileSafeRegex('^(a+)+$', { syntax: 'ecma' }).engine).toBe('re2');
    const compiled = compileSchema({ type: 'object', properties: { name: { type: 'string', pattern: '^(a+)+$' } } });
    expect(compiled.problems).toEqual([]);
    const hostile = `${'a'.repeat(5000)}!`;
    const failure = validate(compiled, JSON.stringify({ name: hostile }));
    expect(failure?.type).toBe('BAD_REQUEST_BODY');
    expect(failure?.validationErrorString).toBe(`[ECMA 262 regex "^(a+)+$" does not match input string "${hostile}"]`);
    expect(validate(compiled, '{"name":"aaaa"}')).toBeUndefined();
  });

  it('answers a catastrophic `patternProperties` name at once', () => {
    expect(compileSafeRegex('^(x+x+)+y$', { syntax: 'ecma' }).engine).toBe('re2');
    const compiled = compileSchema({ type: 'object', patternProperties: { '^(x+x+)+y$': {} }, additionalProperties: false });
    expect(validate(compiled, JSON.stringify({ ['x'.repeat(5000)]: 1 }))?.type).toBe('BAD_REQUEST_BODY');
    expect(validate(compiled, '{"xxy": 1}')).toBeUndefined();
  });

  it('keeps each pattern of a schema distinct', () => {
    const compiled = compileSchema({ type: 'object', properties: { a: { type: 'string', pattern: '^a+$' }, b: { type: 'string', pattern: '^b+$' } } });
    expect(validate(compiled, '{"a":"aa","b":"bb"}')).toBeUndefined();
    expect(validate(compiled, '{"a":"aa","b":"aa"}')?.validationErrorString).toBe('[ECMA 262 regex "^b+$" does not match input string "aa"]');
  });

  it('lists a model whose pattern needs backtracking and nests quantifiers as a problem (not validated, never run)', () => {
    const compiled = compileSchema({ type: 'string', pattern: '^(\\w+)+\\1$' });
    expect(compiled.problems).toHaveLength(1);
    expect(compiled.problems[0]).toMatch(/^application\/json: Model M cannot be compiled: Regular expression '\^\(\\w\+\)\+\\1\$' needs a backtracking engine/);
  });
});

describe('schemaPatternProblem (CreateDeployment check)', () => {
  it('accepts schemas whose patterns all compile, lookahead and backreferences included', () => {
    expect(schemaPatternProblem({ type: 'object', properties: { id: { type: 'string', pattern: '^[a-z0-9-]{8,40}$' } } })).toBeUndefined();
    expect(schemaPatternProblem({ type: 'string', pattern: '^(?=.*\\d)(\\w)\\1?' })).toBeUndefined();
    expect(schemaPatternProblem({ properties: { pattern: { type: 'string' } } })).toBeUndefined();
  });

  it('names the first unsafe or invalid pattern, nested anywhere in the schema', () => {
    expect(schemaPatternProblem({ definitions: { Pet: { items: [{ pattern: '^(a+)+\\1$' }] } } })).toMatch(/^Regular expression '\^\(a\+\)\+\\1\$' needs a backtracking engine/);
    expect(schemaPatternProblem({ patternProperties: { '^x-(': {} } })).toMatch(/^Invalid regular expression '\^x-\(': /);
  });

  it('ignores "pattern" members inside instance data (enum, default, examples)', () => {
    expect(schemaPatternProblem({ type: 'object', default: { pattern: '(' }, enum: [{ pattern: '(' }] })).toBeUndefined();
  });
});
