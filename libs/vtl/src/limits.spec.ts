import { compileTemplate } from './compile-template';
import { DEFAULT_RENDER_LIMITS } from './engine/render-budget';
import { renderWith } from './test-render';
import { VtlCompileError, VtlLimitError, VtlRenderError } from './vtl-errors';

describe('render limits', () => {
  it('documents its defaults: 1 s, 10 MiB, 100 000-element ranges', () => {
    expect(DEFAULT_RENDER_LIMITS).toEqual({ timeoutMs: 1000, maxOutputLength: 10 * 1024 * 1024, maxRangeSize: 100_000 });
  });

  it('stops a long-running template at the deadline', () => {
    const started = performance.now();
    expect(() => renderWith('#foreach($i in [1..100000])#foreach($j in [1..100000])#set($x = $j)#end#end', {},
      { limits: { timeoutMs: 50 } })).toThrow(VtlLimitError);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('bounds the output length', () => {
    expect(() => renderWith('#foreach($i in [1..1000])0123456789#end', {}, { limits: { maxOutputLength: 5000 } }))
      .toThrow(VtlLimitError);
    expect(renderWith('#foreach($i in [1..100])0123456789#end', {}, { limits: { maxOutputLength: 5000 } }).output)
      .toHaveLength(1000);
  });

  it('bounds strings built without printing them', () => {
    expect(() => renderWith('#set($s = "xx")#foreach($i in [1..40])#set($s = "$s$s")#end', {},
      { limits: { maxOutputLength: 1_000_000 } })).toThrow(VtlLimitError);
    expect(() => renderWith('#set($s = "xx")#foreach($i in [1..40])#set($s = $s + $s)#end', {},
      { limits: { maxOutputLength: 1_000_000 } })).toThrow(VtlLimitError);
    expect(() => renderWith('#set($s = "xx")#foreach($i in [1..40])#set($s = $s.concat($s))#end', {},
      { limits: { maxOutputLength: 1_000_000 } })).toThrow(VtlLimitError);
  });

  it('bounds range literals before allocating them', () => {
    expect(() => renderWith('#set($r = [0..100000000])')).toThrow(VtlLimitError);
    expect(() => renderWith('#set($r = [0..10])', {}, { limits: { maxRangeSize: 5 } })).toThrow(VtlLimitError);
  });

  it('bounds macro recursion and self-referencing defines', () => {
    expect(() => renderWith('#macro(loop $n)#loop($n)#end#loop(1)')).toThrow(VtlLimitError);
    expect(() => renderWith('#define($d)x$d#end$d')).toThrow(VtlLimitError);
  });

  it('reports a self-referencing map as an error, not a crash', () => {
    expect(() => renderWith('#set($m = {})$m.put("self", $m)$m')).toThrow(VtlRenderError);
  });
});

describe('errors', () => {
  it.each(['#if($x', '#foreach($i in)#end', '$a.b($c + 1)', '#set($x = "#if(")'])('compile error for %s', (template) => {
    expect(() => compileTemplate(template)).toThrow(VtlCompileError);
  });

  it.each([
    ['#set($s = "abc")$s.substring(5)', 'StringIndexOutOfBoundsException'],
    ['#set($s = "abc")$s.charAt(-1)', 'StringIndexOutOfBoundsException'],
    ['#set($s = "abc")$s.replaceAll("(", "")', 'Invalid regular expression'],
    ['#set($s = "abc")$s.replaceAll("b", "$2")', 'No group 2'],
    ['#set($s = "abc")$s.contains($nothing)', 'NullPointerException'],
    ['#set($l = [1])$l.get(3)', 'IndexOutOfBoundsException'],
    ['$util.parseJson("{not json")', 'parseJson'],
    ['$util.urlDecode("%zz")', 'URLDecoder'],
    ["$input.path('$..[?(@.b ==)]')", 'Invalid JSONPath'],
  ])('%s is a render error (%s)', (template, message) => {
    const body = '{"a": [{"b": 1}]}';
    expect(() => renderWith(template, { body })).toThrow(VtlRenderError);
    expect(() => renderWith(template, { body })).toThrow(message);
  });

  it('Java math errors give null instead of failing', () => {
    expect(renderWith('#set($x = 1 / 0)[$x]#set($y = 5 % 0)[$y]#set($z = "a" - 1)[$z]').output).toBe('[][][]');
  });

  it('methods called with the wrong argument types render empty', () => {
    expect(renderWith('#set($s = "abc")[$s.substring("x")][$s.charAt()][$s.split()]').output).toBe('[][][]');
  });
});
