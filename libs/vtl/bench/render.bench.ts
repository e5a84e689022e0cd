// Micro-benchmark (not a test): renders typical mapping templates N times and prints ops/s.
// Run: node -r ./scripts/register.cjs libs/vtl/bench/render.bench.ts [iterations]
import { compileTemplate, createTemplateInput, renderTemplate } from '../src/index';

const PETS = JSON.stringify([
  { id: 1, type: 'dog', price: 249.99 }, { id: 2, type: 'cat', price: 124.99 }, { id: 3, type: 'fish', price: 0.99 },
]);

const CASES: { name: string; template: string; body: string }[] = [
  {
    name: 'petstore response (path + foreach)',
    body: PETS,
    template: `#set($inputRoot = $input.path('$'))
[
#foreach($elem in $inputRoot)
  {
    "description" : "Item $elem.id is a $elem.type.",
    "askingPrice" : $elem.price
  }#if($foreach.hasNext),#end
#end
]`,
  },
  {
    name: 'params passthrough (params + escapeJavaScript)',
    body: '{"a": 1}',
    template: `#set($allParams = $input.params())
{
  "body" : $input.json('$'),
  "params" : {
    #foreach($type in $allParams.keySet())
    #set($params = $allParams.get($type))
    "$type" : {
      #foreach($paramName in $params.keySet())
      "$paramName" : "$util.escapeJavaScript($params.get($paramName))"
      #if($foreach.hasNext),#end
      #end
    }
    #if($foreach.hasNext),#end
    #end
  },
  "stage" : "$context.stage",
  "requestId" : "$context.requestId",
  "sourceIp" : "$context.identity.sourceIp"
}`,
  },
  {
    name: 'small request template (params + json)',
    body: '{"name": "Bella", "age": 6}',
    template: '{"id": "$input.params(\'id\')", "name": $input.json(\'$.name\'), "stage": "$stageVariables.env"}',
  },
  {
    name: 'Java regex methods (replaceAll/matches/split)',
    body: '{"phone": "+1 (555) 010-9999", "tags": "a, b,c ,d"}',
    template: `#set($p = $input.path('$.phone'))
{"digits": "$p.replaceAll('[^0-9]', '')", "valid": $p.matches('\\+\\d[\\d ()-]+'), "tags": "$input.path('$.tags').split('\\s*,\\s*').size()", "first": "$p.replaceFirst('\\((\\d+)\\)', '$1')"}`,
  },
];

const iterations = Number(process.argv[2] ?? 20000);
const context = { stage: 'prod', requestId: 'req-1', identity: { sourceIp: '192.0.2.1' } };

for (const c of CASES) {
  const template = compileTemplate(c.template);
  const run = () => renderTemplate(template, {
    input: createTemplateInput({
      body: c.body,
      pathParameters: { id: '123' },
      queryStringParameters: { q: 'search term' },
      headers: { Accept: 'application/json', 'User-Agent': 'bench' },
    }),
    context,
    stageVariables: { env: 'prod' },
  });
  for (let i = 0; i < 2000; i++) run();
  // Best of five rounds: the machine is shared, so the minimum is the most stable figure.
  let seconds = Infinity;
  for (let round = 0; round < 5; round++) {
    const started = performance.now();
    for (let i = 0; i < iterations; i++) run();
    seconds = Math.min(seconds, (performance.now() - started) / 1000);
  }
  const perOp = (seconds / iterations) * 1e6;
  console.log(`${c.name.padEnd(48)} ${Math.round(iterations / seconds).toLocaleString('en-US').padStart(9)} ops/s  ${perOp.toFixed(1)} µs/op`);
}
