import { GoldenCase } from './golden-case';

const S = 'AWS-BEHAVIOUR.md §6.1 String methods (java.lang.String) [LIB]';

/** java.lang.String methods templates call on strings. */
export const STRING_CASES: readonly GoldenCase[] = [
  { name: 'length', source: S, template: '#set($s = "hello")$s.length()', expected: '5' },
  { name: 'contains', source: S, template: '#set($s = "hello")$s.contains("ell") $s.contains("x")', expected: 'true false' },
  { name: 'replaceAll with a Java regex and $1 group', source: S, template: String.raw`#set($s = "a1b22c333")$s.replaceAll("(\d+)", "<$1>")`, expected: 'a<1>b<22>c<333>' },
  { name: 'replaceFirst', source: S, template: '#set($s = "a-b-c")$s.replaceFirst("-", "+")', expected: 'a+b-c' },
  { name: 'replaceAll with the AWS \\\\\' idiom', source: `${S}; AWS docs $util.escapeJavaScript`, template: String.raw`#set($s = "it\'s")$s.replaceAll("\\'", "'")`, expected: "it's" },
  { name: 'substring', source: S, template: '#set($s = "hello")$s.substring(1) $s.substring(1, 3)', expected: 'ello el' },
  { name: 'equals and equalsIgnoreCase', source: S, template: '#set($s = "Hello")$s.equals("Hello") $s.equals("hello") $s.equalsIgnoreCase("HELLO")', expected: 'true false true' },
  { name: 'split drops trailing empty strings', source: S, template: '#set($s = "a,b,,c,,")#set($p = $s.split(","))$p.size() $p', expected: '4 [a, b, , c]' },
  { name: 'split on a regex', source: S, template: String.raw`#set($s = "one  two three")#foreach($w in $s.split("\s+"))[$w]#end`, expected: '[one][two][three]' },
  { name: 'trim, toLowerCase, toUpperCase', source: S, template: '#set($s = "  MiXeD  ")[$s.trim()][$s.trim().toLowerCase()][$s.trim().toUpperCase()]', expected: '[MiXeD][mixed][MIXED]' },
  { name: 'startsWith, endsWith, indexOf', source: S, template: '#set($s = "Bearer abc")$s.startsWith("Bearer ") $s.endsWith("abc") $s.indexOf("abc") $s.indexOf("zz")', expected: 'true true 7 -1' },
  { name: 'isEmpty', source: S, template: '#set($e = "")#set($s = "x")$e.isEmpty() $s.isEmpty()', expected: 'true false' },
  { name: 'matches is a whole-string match', source: S, template: String.raw`#set($s = "abc123")$s.matches("[a-z]+\d+") $s.matches("\d+")`, expected: 'true false' },
  { name: 'charAt and toString', source: S, template: '#set($s = "xyz")$s.charAt(1) $s.toString()', expected: 'y xyz' },
  { name: 'strip a Bearer prefix from a header', source: `${S}; common authorizer template`, template: "$input.params('Authorization').replaceAll('^Bearer ', '')", headers: { Authorization: 'Bearer tok.en' }, expected: 'tok.en' },
];
