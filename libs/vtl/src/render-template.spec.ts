import { compileTemplate, createTemplateInput, renderTemplate } from './index';
import { renderWith } from './test-render';

describe('renderTemplate', () => {
  it('compiles once and renders many requests', () => {
    const template = compileTemplate('{"id": "$input.params(\'id\')", "n": $input.json(\'$.n\')}');
    const outputs = [1, 2, 3].map((n) => renderTemplate(template, {
      input: createTemplateInput({ body: `{"n": ${n}}`, pathParameters: { id: `p${n}` } }),
    }).output);
    expect(outputs.map((o) => JSON.parse(o))).toEqual([{ id: 'p1', n: 1 }, { id: 'p2', n: 2 }, { id: 'p3', n: 3 }]);
    expect(template.source).toContain('$input.params');
  });

  it('keeps state of one render out of the next', () => {
    const template = compileTemplate('#if(!$seen)first#end#set($seen = true)#macro(m)x#end');
    const render = () => renderTemplate(template, { input: createTemplateInput({ body: '' }) }).output;
    expect([render(), render()]).toEqual(['first', 'first']);
  });

  it('returns empty override maps when the template sets none', () => {
    expect(renderWith('x').overrides).toEqual({
      requestOverride: { header: {}, querystring: {}, path: {} },
      responseOverride: { header: {} },
    });
  });

  it('stringifies override values and accepts a numeric status string', () => {
    const result = renderWith('#set($context.requestOverride.header.n = 5)#set($context.responseOverride.status = "404")'
      + '#set($context.requestOverride.header.skip = $nothing)');
    expect(result.overrides.requestOverride.header).toEqual({ n: '5' });
    expect(result.overrides.responseOverride.status).toBe(404);
  });

  it('ignores a status that is not an integer', () => {
    expect(renderWith('#set($context.responseOverride.status = "abc")').overrides.responseOverride.status).toBeUndefined();
  });

  it('does not modify the overrides passed in the context', () => {
    const context = { responseOverride: { header: { a: '1' }, status: 201 } };
    const result = renderWith('#set($context.responseOverride.header.b = "2")', {}, { context });
    expect(result.overrides.responseOverride).toEqual({ header: { a: '1', b: '2' }, status: 201 });
    expect(context.responseOverride.header).toEqual({ a: '1' });
  });

  it('finds headers case-insensitively after an exact match', () => {
    const headers = { 'Content-Type': 'application/json', 'x-a': 'exact' };
    expect(renderWith("$input.params('content-type')|$input.params('x-a')", { headers }).output)
      .toBe('application/json|exact');
  });

  it('treats a text body as text', () => {
    const result = renderWith("$input.body|$input.json('$')|[$input.path('$')]", { body: 'a=1&b=2' });
    expect(result.output).toBe('a=1&b=2|""|[]');
  });

  it('Velocity 1.7 truthiness: "" and 0 are true, null and false are not', () => {
    expect(renderWith('#if("")a#end#if(0)b#end#if($none)c#end#if(false)d#end').output).toBe('ab');
  });
});
