import { compileTemplate, renderTemplate, createTemplateInput } from '@tollgate/vtl';
const r = (tpl: string, body = '{}') => { try { return JSON.stringify(renderTemplate(compileTemplate(tpl), { input: createTemplateInput({ body }) }).output) } catch (e) { return String(e) } };
console.log(r('#set ($o = $util.parseJson($input.path(\'$.errorMessage\')))\n{\n   "v" : $o.key2.arr[0]\n}', '{"errorMessage":"{\\"key1\\":\\"var1\\",\\"key2\\":{\\"arr\\":[1,2,3]}}"}'));
console.log(r('#set($x = 1)\n#if($x == 1)\n  one\n#else\n  other\n#end\ndone'));
console.log(r('a #* block *# b ## line\nc'));
console.log(r('#define($d)hello $x#end#set($x = "w")$d'));
console.log(r('#macro(greet $n)Hi $n!#end#greet("bob")'));
console.log(r('$input.path("$").size() $input.path("$.a").size() $input.path("$.a[0]")', '{"a":[1,2]}'));
