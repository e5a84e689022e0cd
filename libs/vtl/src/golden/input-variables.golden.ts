import { GoldenCase } from './golden-case';

const B6 = 'AWS-BEHAVIOUR.md §6';

/** $input.body / json / path / params, as recorded in AWS-BEHAVIOUR.md §6 (tags as given there). */
export const INPUT_CASES: readonly GoldenCase[] = [
  { name: 'empty body reads as {}', source: `${B6} $input.body [AWS, PR #12413]`, template: '$input.body', body: '', expected: '{}' },
  { name: 'an empty body has no JSON: path() is null, json() is ""', source: `${B6} $input.path/$input.json [AWS, LocalStack PR #12774 checked in the AWS console]`, template: "[$input.path('$')][$input.json('$')][$input.path('$.a')]", body: '', expected: '[][""][]' },
  { name: 'raw body is returned unchanged', source: `${B6} $input.body [DOC]`, template: '$input.body', body: '{"a" : 1 }', expected: '{"a" : 1 }' },
  { name: 'json() of a string is quoted', source: `${B6} $input.json [AWS]`, template: "$input.json('$.foo')", body: '{"foo": "foobar"}', expected: '"foobar"' },
  { name: 'json() is compact', source: `${B6} $input.json [LIB]`, template: "$input.json('$')", body: '{ "a" : [ 1, 2 ],\n "b" : { "c" : null } }', expected: '{"a":[1,2],"b":{"c":null}}' },
  { name: 'json() of a missing path is ""', source: `${B6} $input.json [LS, AWS console]`, template: "$input.json('$.missing')", body: '{"a": 1}', expected: '""' },
  { name: 'json() on a non-JSON body is ""', source: `${B6} $input.json [LS, AWS console]`, template: "$input.json('$.a')", body: 'not json', expected: '""' },
  { name: 'json() escapes / like json-smart', source: `${B6} $input.json [LIB/?]`, template: "$input.json('$.url')", body: '{"url": "http://x/y"}', expected: '"http:\\/\\/x\\/y"' },
  { name: 'json() keeps numbers as Java prints them', source: `${B6} numbers [LIB]`, template: "$input.json('$')", body: '{"a": 1.0, "b": 2.50, "c": 1e3, "d": 12345678901234567890}', expected: '{"a":1.0,"b":2.5,"c":1000.0,"d":12345678901234567890}' },
  { name: 'path() of a map prints Java style', source: `${B6} Map [AWS]`, template: "$input.path('$')", body: '{"k": "v", "k2": 2}', expected: '{k=v, k2=2}' },
  { name: 'path() nested maps print Java style, null as null', source: `${B6} Map [AWS]`, template: "$input.path('$.a')", body: '{"a": {"b": {"c": "d"}, "e": null}}', expected: '{b={c=d}, e=null}' },
  { name: 'path() of a list prints JSON', source: `${B6} List [AWS]`, template: "$input.path('$.l')", body: '{"l": [{"foo": "bar"}]}', expected: '[{"foo":"bar"}]' },
  { name: 'path() list inside a map prints JSON inside Java', source: `${B6} List in Map [AWS]`, template: "$input.path('$')", body: '{"foo": [{"nested": "bar"}]}', expected: '{foo=[{"nested":"bar"}]}' },
  { name: 'path() of a missing key renders empty', source: `${B6} null [AWS]`, template: "[$input.path('$.missing')]", body: '{"a": 1}', expected: '[]' },
  { name: 'path() of a JSON null renders empty', source: `${B6} null [AWS]`, template: "[$input.path('$.a')]", body: '{"a": null}', expected: '[]' },
  { name: 'a property of a missing value renders empty', source: `${B6} $missing.anything [AWS]`, template: "[$input.path('$.missing').anything][$nothing.at.all]", body: '{}', expected: '[][]' },
  { name: 'path() on a non-JSON body renders empty', source: `${B6} null [AWS]`, template: "[$input.path('$.a')]", body: 'plain text', expected: '[]' },
  { name: 'empty list prints [] and is neither null nor ""', source: `${B6} empty list [AWS]`, template: "#set($l = $input.path('$.l'))$l #if($l == '')eq#{else}ne#end", body: '{"l": []}', expected: '[] ne' },
  { name: 'numbers: 1.0, 2.50, 1e3, big integer', source: `${B6} numbers [LIB/?]`, template: "$input.path('$.a') $input.path('$.b') $input.path('$.c') $input.path('$.d')", body: '{"a": 1.0, "b": 2.50, "c": 1e3, "d": 123456789012345678901234567890}', expected: '1.0 2.5 1000.0 123456789012345678901234567890' },
  { name: 'a JSON string body works with path($)', source: `${B6} quirk 8 [AWS]`, template: "$input.path('$')", body: '"hello"', expected: 'hello' },
  { name: 'Java methods on path() results', source: `${B6} Java methods [AWS]`, template: "$input.path('$.l').size() $input.path('$.l').get(1) $input.path('$.l')[0] $input.path('$.m').keySet() $input.path('$.s').length()", body: '{"l": ["a", "b"], "m": {"x": 1, "y": 2}, "s": "four"}', expected: '2 b a [x, y] 4' },
  { name: 'path() wildcard returns a JSON list', source: `${B6} JSONPath (Jayway indefinite path) [LIB]`, template: "$input.path('$.items[*].id')", body: '{"items": [{"id": "a"}, {"id": "b"}]}', expected: '["a","b"]' },
  { name: 'path() filter expression', source: `${B6} JSONPath (Jayway filter) [LIB]`, template: "$input.json('$.items[?(@.n > 1)].id')", body: '{"items": [{"id": "a", "n": 1}, {"id": "b", "n": 2}]}', expected: '["b"]' },
  { name: 'path without a leading $', source: `${B6} JSONPath (Jayway prepends $.) [LIB]`, template: "$input.path('a.b')", body: '{"a": {"b": "c"}}', expected: 'c' },
  { name: 'params() prints a Java map of path, querystring, header', source: `${B6} $input.params() [?]`, template: '$input.params()', pathParameters: { id: '7' }, queryStringParameters: { q: 'x y' }, headers: { Accept: '*/*' }, expected: '{path={id=7}, querystring={q=x y}, header={Accept=*/*}}' },
  { name: 'params(x) searches path, then querystring, then header', source: `${B6} $input.params('x') [DOC]`, template: "$input.params('a')|$input.params('b')|$input.params('c')", pathParameters: { a: 'path' }, queryStringParameters: { a: 'query', b: 'query' }, headers: { a: 'header', b: 'header', c: 'header' }, expected: 'path|query|header' },
  { name: 'params(x) of an absent parameter is ""', source: `${B6} $input.params('x') [DOC]`, template: "[$input.params('none')]#if($input.params('none') == '') empty#end", expected: '[] empty' },
  { name: 'params().header.get and querystring map', source: `${B6} $input.params() [DOC]`, template: "$input.params().header.get('h')/$input.params().querystring.q", queryStringParameters: { q: '1' }, headers: { h: 'v' }, expected: 'v/1' },
  { name: 'foreach over a JSON list of maps', source: `${B6} #foreach over JSONArray [AWS]`, template: "#foreach($i in $input.path('$.l'))$i.n#if($foreach.hasNext),#end#end", body: '{"l": [{"n": 1}, {"n": 2}, {"n": 3}]}', expected: '1,2,3' },
  { name: 'foreach over a JSON map iterates its values', source: `${B6} #foreach over Map (Velocity 1.7) [LIB]`, template: "#foreach($v in $input.path('$'))$v;#end", body: '{"a": "x", "b": "y"}', expected: 'x;y;' },
  { name: 'entrySet gives key and value', source: `${B6} Java methods [LIB]`, template: "#foreach($e in $input.path('$').entrySet())$e.key=$e.value #end", body: '{"a": 1, "b": "two"}', expected: 'a=1 b=two ' },
  { name: 'parseJson result supports dot access and [i]', source: `${B6} $util.parseJson [DOC]`, template: "#set($o = $util.parseJson('{\"a\": {\"b\": [10, 20]}}'))$o.a.b[1] $o.a.b.size()", expected: '20 2' },
];
