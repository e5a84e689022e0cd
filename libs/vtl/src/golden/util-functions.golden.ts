import { GoldenCase } from './golden-case';

const U = 'AWS-BEHAVIOUR.md §6 $util';

/** $util functions: AWS docs plus the Java library behaviour recorded in AWS-BEHAVIOUR.md §6. */
export const UTIL_CASES: readonly GoldenCase[] = [
  { name: "escapeJavaScript escapes ' as \\'", source: `${U} escapeJavaScript [DOC]`, template: "$util.escapeJavaScript(\"it's\")", expected: "it\\'s" },
  { name: 'escapeJavaScript escapes " \\ and /', source: `${U} escapeJavaScript [LIB]`, template: "$util.escapeJavaScript($input.path('$.s'))", body: String.raw`{"s": "a\"b\\c/d"}`, expected: String.raw`a\"b\\c\/d` },
  { name: 'escapeJavaScript control characters', source: `${U} escapeJavaScript [LIB]`, template: "$util.escapeJavaScript($input.path('$.s'))", body: String.raw`{"s": "1\n2\t3\r4\b5\f6\u00017"}`, expected: String.raw`1\n2\t3\r4\b5\f6\u00017` },
  { name: 'escapeJavaScript non-ASCII as upper-case \\uXXXX', source: `${U} escapeJavaScript [LIB]`, template: "$util.escapeJavaScript($input.path('$.s'))", body: '{"s": "café ü € 😀"}', expected: String.raw`caf\u00E9 \u00FC \u20AC \uD83D\uDE00` },
  { name: 'escapeJavaScript of a null renders empty', source: `${U} escapeJavaScript (commons-lang returns null) [LIB]`, template: "[$util.escapeJavaScript($input.path('$.none'))]", body: '{}', expected: '[]' },
  { name: 'urlEncode: space is +, only A-Za-z0-9.-*_ unencoded', source: `${U} urlEncode [AWS/LIB]`, template: "$util.urlEncode(\"a b~!'()*-._/?&=\")", expected: 'a+b%7E%21%27%28%29*-._%2F%3F%26%3D' },
  { name: 'urlEncode UTF-8 bytes', source: `${U} urlEncode [LIB]`, template: '$util.urlEncode("é€")', expected: '%C3%A9%E2%82%AC' },
  { name: 'urlEncode(null) is ""', source: `${U} urlEncode [AWS]`, template: "[$util.urlEncode($input.path('$.none'))]", body: '{}', expected: '[]' },
  { name: 'urlDecode: + is a space, %XX is UTF-8', source: `${U} urlDecode [LIB]`, template: '$util.urlDecode("a+b%20c%C3%A9%2B")', expected: 'a b cé+' },
  { name: 'base64Encode of UTF-8 text', source: `${U} base64Encode [DOC]`, template: '$util.base64Encode("héllo wörld")', expected: 'aMOpbGxvIHfDtnJsZA==' },
  { name: 'base64Decode to UTF-8 text', source: `${U} base64Decode [DOC]`, template: '$util.base64Decode("aMOpbGxvIHfDtnJsZA==")', expected: 'héllo wörld' },
  { name: 'base64 round trip of the body', source: `${U} base64 [DOC]`, template: '$util.base64Decode($util.base64Encode($input.body))', body: '{"a":"/+="}', expected: '{"a":"/+="}' },
  { name: 'unknown $util functions render empty', source: `${U} (only six functions) [AWS]`, template: '[$util.toJson("x")][$util.escapeHtml("<")][$util.time.nowISO8601()]', expected: '[][][]' },
  { name: 'parseJson then json-like printing of a map', source: `${U} parseJson [DOC]`, template: "#set($o = $util.parseJson($input.body))$o.name is $o.age", body: '{"name": "Bella", "age": 6}', expected: 'Bella is 6' },
];
