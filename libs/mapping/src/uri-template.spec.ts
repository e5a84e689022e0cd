import { compileUri, renderUri } from './uri-template';

describe('compileUri + renderUri', () => {
  it.each<[string, string, Record<string, string>, Record<string, string>, string]>([
    ['no placeholders', 'https://api.example.com/pets', {}, {}, 'https://api.example.com/pets'],
    ['path parameter', 'https://h/pets/{petId}', { petId: '42' }, {}, 'https://h/pets/42'],
    ['greedy placeholder', 'https://h/{proxy+}', { proxy: 'a/b/c' }, {}, 'https://h/a/b/c'],
    ['two parameters', 'http://h/{a}/x/{b}', { a: '1', b: '2' }, {}, 'http://h/1/x/2'],
    ['repeated parameter', 'http://h/{a}/{a}', { a: 'z' }, {}, 'http://h/z/z'],
    ['missing parameter becomes empty', 'http://h/pets/{petId}', {}, {}, 'http://h/pets/'],
    ['stage variable host', 'https://${stageVariables.host}/pets', {}, { host: 'b.example.com' }, 'https://b.example.com/pets'],
    ['stage variable whole URL', '${stageVariables.url}', {}, { url: 'http://x:8080/p?q=1' }, 'http://x:8080/p?q=1'],
    ['missing stage variable becomes empty', 'https://h/${stageVariables.v}/x', {}, {}, 'https://h//x'],
    ['stage variable and parameter', 'https://${stageVariables.h}/u/{id}?v=${stageVariables.v}', { id: '7' }, { h: 'h', v: '2' }, 'https://h/u/7?v=2'],
    ['URL-encoded value kept as given', 'http://h/u/{id}', { id: 'test%2Balias@gmail.com' }, {}, 'http://h/u/test%2Balias@gmail.com'],
    ['plus kept', 'http://h/u/{id}', { id: 'a+b' }, {}, 'http://h/u/a+b'],
    ['space encoded', 'http://h/u/{id}', { id: 'a b' }, {}, 'http://h/u/a%20b'],
    ['non-ASCII encoded', 'http://h/u/{id}', { id: 'café' }, {}, 'http://h/u/caf%C3%A9'],
    ['emoji encoded', 'http://h/u/{id}', { id: '😀' }, {}, 'http://h/u/%F0%9F%98%80'],
    ['quotes and braces encoded', 'http://h/u/{id}', { id: '"{x}"' }, {}, 'http://h/u/%22%7Bx%7D%22'],
    ['lone surrogate replaced', 'http://h/u/{id}', { id: '\uD800' }, {}, 'http://h/u/%EF%BF%BD'],
    ['parameter in query', 'http://h/search?q={term}', { term: 'cats' }, {}, 'http://h/search?q=cats'],
    ['dashed name', 'http://h/{pet-id}', { 'pet-id': '9' }, {}, 'http://h/9'],
    ['stage variables not inserted from path params', 'http://h/${stageVariables.a}', { a: 'no' }, {}, 'http://h/'],
  ])('%s', (_name, uri, path, stageVariables, expected) => {
    expect(renderUri(compileUri(uri), path, stageVariables)).toBe(expected);
  });

  it('lists the path parameter names', () => {
    expect(compileUri('https://${stageVariables.h}/{a}/{b+}/{a}').pathParameterNames).toEqual(['a', 'b']);
    expect(compileUri('arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/f/invocations').pathParameterNames).toEqual([]);
  });
});

describe('renderUri with hostile names', () => {
  it('never inserts Object.prototype members', () => {
    expect(renderUri(compileUri('http://h/{constructor}/${stageVariables.toString}'), {}, {})).toBe('http://h//');
  });
});
