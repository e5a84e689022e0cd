import { normalizeSchema } from './normalize-schema';

describe('normalizeSchema', () => {
  it.each([
    ['drops $schema', { $schema: 'http://json-schema.org/draft-04/schema#', type: 'object' }, { type: 'object' }],
    ['drops base-moving ids', { id: 'http://x/pet', type: 'object' }, { type: 'object' }],
    ['keeps fragment ids', { id: '#pet', type: 'object' }, { id: '#pet', type: 'object' }],
    ['keeps a property named id', { properties: { id: { type: 'integer' } } }, { properties: { id: { type: 'integer' } } }],
    [
      'walks definitions, items and combinators',
      { definitions: { A: { id: 'A', $schema: 'x', items: [{ id: 'i' }], allOf: [{ id: 'y' }], not: { id: 'n' }, additionalProperties: { id: 'ap' } } } },
      { definitions: { A: { items: [{}], allOf: [{}], not: {}, additionalProperties: {} } } },
    ],
    ['leaves enum values alone', { enum: [{ id: 'a', $schema: 'b' }] }, { enum: [{ id: 'a', $schema: 'b' }] }],
    ['leaves default values alone', { default: { id: 'a' } }, { default: { id: 'a' } }],
    ['leaves property dependencies (string lists) alone', { dependencies: { a: ['b'] } }, { dependencies: { a: ['b'] } }],
    ['non-objects pass through', 'text', 'text'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeSchema(input)).toEqual(expected);
  });

  it('does not change its input', () => {
    const input = { $schema: 'x', properties: { a: { id: 'a' } } };
    normalizeSchema(input);
    expect(input).toEqual({ $schema: 'x', properties: { a: { id: 'a' } } });
  });
});
