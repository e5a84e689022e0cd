import { VtlRenderError } from './vtl-errors';
import { renderWith } from './test-render';

// Templates are tenant code: nothing they write may reach Node (process, require, prototypes).
describe('sandbox', () => {
  afterEach(() => {
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Array.prototype).not.toHaveProperty('polluted');
  });

  it.each([
    ['$input.constructor', '{}'],
    ['$input.constructor.constructor', '{}'],
    ['$util.constructor.constructor("return process")', '{}'],
    ['#set($f = $input.constructor.constructor("return process"))$f', '{}'],
    ['$input.getClass()', '{}'],
    ['$context.getClass().forName("java.lang.Runtime")', '{}'],
    ['$input.__proto__', '{}'],
    ['${input.__proto__}', '{}'],
    ['$input.path("$").constructor', '{"a": 1}'],
    ['$input.path("$").toString.constructor', '{"a": 1}'],
    ['$input.path("$.a").valueOf()', '{"a": 1}'],
    ['#set($s = "abc")$s.constructor.name', '{}'],
    ['#set($s = "abc")$s.valueOf()$s.at(0)$s.normalize()', '{}'],
    ['#set($l = [])$l.push("x")$l.constructor$l.map', '{}'],
    ['#set($m = {})$m.__proto__$m.hasOwnProperty("a")$m.toString.call', '{}'],
    ['$process$require$global$globalThis$this$module$Buffer', '{}'],
    ['$process.env$require("fs")', '{}'],
    ['$stageVariables.constructor$stageVariables.hasOwnProperty("x")$stageVariables.toString', '{}'],
    ['$context.identity.constructor$context.identity.getClass()', '{}'],
    ['$input.params().constructor$input.params().header.__proto__', '{}'],
    ['$foreach.constructor#foreach($i in [1])$foreach.constructor$foreach.getClass()#end', '{}'],
  ])('%s renders empty', (template, body) => {
    expect(renderWith(template, { body }).output).toBe('');
  });

  it('cannot pollute prototypes through #set', () => {
    renderWith('#set($m = {})#set($m.__proto__.polluted = 1)#set($context.__proto__.polluted = 1)'
      + '#set($l = [])#set($l.__proto__.polluted = 1)#set($constructor.prototype.polluted = 1)');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stores a __proto__ key as data, not as a prototype', () => {
    const result = renderWith('#set($m = {})$m.put("__proto__", "x")$m.get("__proto__") $m', {});
    expect(result.output).toBe('x {__proto__=x}');
  });

  it('treats a JSON __proto__ key as data', () => {
    const result = renderWith("$input.path('$.__proto__.polluted') $input.json('$')", { body: '{"__proto__": {"polluted": 1}}' });
    expect(result.output).toBe('1 {"__proto__":{"polluted":1}}');
  });

  it('does not evaluate scripts in JSONPath filters', () => {
    const attempt = () => renderWith(
      '$input.path(\'$[?(@.constructor.constructor("return process")().exit())]\')', { body: '[{"a": 1}]' },
    );
    // jsonpath-plus's safe evaluator rejects the call; either way nothing runs and no raw error escapes.
    let output = '';
    try {
      output = attempt().output;
    } catch (error) {
      expect(error).toBeInstanceOf(VtlRenderError);
    }
    expect(output).not.toContain('process');
  });

  it('leaves the caller context and stage variables untouched', () => {
    const context = { identity: { sourceIp: '192.0.2.1' }, authorizer: { claims: { sub: 'u1' } } };
    const stageVariables = { v: '1' };
    const result = renderWith(
      '#set($context.identity.sourceIp = "evil")$context.identity.put("x", "y")$context.authorizer.claims.remove("sub")'
      + '#set($stageVariables.v = "2")$stageVariables.put("w", "3")#set($context.apiId = "changed")'
      + '$context.identity.sourceIp/$context.authorizer.claims.sub/$stageVariables.v/$context.apiId',
      {}, { context, stageVariables },
    );
    expect(result.output).toBe('192.0.2.1/u1/1/changed');
    expect(context).toEqual({ identity: { sourceIp: '192.0.2.1' }, authorizer: { claims: { sub: 'u1' } } });
    expect(stageVariables).toEqual({ v: '1' });
  });

  it('macros and defines named after Object.prototype members are ordinary', () => {
    expect(renderWith('#macro(constructor)m#end#constructor()#toString()#hasOwnProperty()').output).toBe('m');
    expect(renderWith('#define($toString)d#end$toString').output).toBe('d');
  });
});
