import { generateModelTemplate } from './model-template';

describe('generateModelTemplate', () => {
  it('copies every property, quoting strings and iterating arrays', () => {
    const schema = {
      type: 'object',
      properties: {
        name: { type: 'string' },
        age: { type: 'integer' },
        tags: { type: 'array', items: { type: 'string' } },
        owner: { $ref: 'https://apigateway.amazonaws.com/restapis/x/models/Owner' },
      },
    };
    const owner = { type: 'object', properties: { id: { type: 'number' } } };
    const template = generateModelTemplate(schema, (name) => (name === 'Owner' ? owner : undefined));
    expect(template).toBe([
      "#set($inputRoot = $input.path('$'))",
      '{',
      '  "name" : "$inputRoot.name",',
      '  "age" : $inputRoot.age,',
      '  "tags" : [',
      '#foreach($elem in $inputRoot.tags)',
      '    "$elem"#if($foreach.hasNext),#end',
      '',
      '#end',
      '  ],',
      '  "owner" : {',
      '    "id" : $inputRoot.owner.id',
      '  }',
      '}',
    ].join('\n'));
  });

  it('stops on self references and handles schemas without properties', () => {
    const node = { type: 'object', properties: { next: { $ref: 'https://apigateway.amazonaws.com/restapis/x/models/Node' } } };
    const template = generateModelTemplate(node, () => node);
    expect(template.split('"next"').length - 1).toBe(6);
    expect(generateModelTemplate({ type: 'object' }, () => undefined)).toBe("#set($inputRoot = $input.path('$'))\n{\n}");
    expect(generateModelTemplate('junk', () => undefined)).toBe("#set($inputRoot = $input.path('$'))\n$inputRoot");
  });
});
