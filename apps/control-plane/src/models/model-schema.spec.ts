import { referencedModels, validateModelSchema } from './model-schema';

const API = 'abc1234567';
const ref = (name: string, api = API) => `https://apigateway.amazonaws.com/restapis/${api}/models/${name}`;
const known = (name: string) => ['Pet', 'Owner'].includes(name);

describe('validateModelSchema', () => {
  it.each([
    ['an empty object', '{}', []],
    ['a draft-4 object schema', '{"$schema":"http://json-schema.org/draft-04/schema#","type":"object","properties":{"a":{"type":"string"}}}', []],
    ['references to known models', JSON.stringify({ type: 'array', items: { $ref: ref('Pet') }, properties: { o: { $ref: ref('Owner') } } }), ['Owner', 'Pet']],
    ['a local reference (ignored)', '{"definitions":{"x":{}},"properties":{"a":{"$ref":"#/definitions/x"}}}', []],
  ])('accepts %s', (_label, schema, refs) => {
    expect(validateModelSchema(schema, API, known).sort()).toEqual(refs);
  });

  it.each([
    ['invalid JSON', '{', /errors : \[Invalid model schema specified. Model schema must be valid JSON\]$/],
    ['a JSON array', '[]', /must be a JSON object/],
    ['an unknown type', '{"type":"objectx"}', /errors : \[Invalid model schema specified: \/type /],
    ['a non-array required', '{"required":"a"}', /Invalid model schema specified: \/required/],
    ['another draft', '{"$schema":"http://json-schema.org/draft-07/schema#"}', /Invalid model schema specified/],
    ['an unknown model reference', JSON.stringify({ items: { $ref: ref('Nope') } }), /Invalid model referenced: https:\/\/apigateway.amazonaws.com\/restapis\/abc1234567\/models\/Nope\]$/],
    ["another API's model", JSON.stringify({ items: { $ref: ref('Pet', 'zzz9999999') } }), /Invalid model referenced/],
  ])('refuses %s with AWS wording', (_label, schema, message) => {
    expect(() => validateModelSchema(schema, API, known)).toThrow(expect.objectContaining({ errorType: 'BadRequestException', message: expect.stringMatching(/^Invalid model specified: Validation Result: warnings : \[\], errors : \[/) }));
    expect(() => validateModelSchema(schema, API, known)).toThrow(message);
  });
});

describe('referencedModels', () => {
  it('lists model names from stored schemas and tolerates junk', () => {
    expect(referencedModels(JSON.stringify({ a: { $ref: ref('Pet') }, b: [{ $ref: ref('Owner%20X') }] }))).toEqual(['Pet', 'Owner X']);
    expect(referencedModels(null)).toEqual([]);
    expect(referencedModels('not json')).toEqual([]);
  });
});
