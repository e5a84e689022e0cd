import { GoldenCase } from './golden-case';

const DOCS = 'docs.aws.amazon.com/apigateway/latest/developerguide';
const PETS = '[{"id": 1, "type": "dog", "price": 249.99}, {"id": 2, "type": "cat", "price": 124.99},'
  + ' {"id": 3, "type": "fish", "price": 0.99}]';
const BELLA = '{\n    "Price" : "249.99",\n    "Age": "6"\n}';

/** Templates and outputs from AWS's API Gateway developer guide. */
export const AWS_DOCS_CASES: readonly GoldenCase[] = [
  {
    name: 'context variables passed to the backend',
    source: `${DOCS}/api-gateway-mapping-variable-examples.html Example 1`,
    template: `{
    "stage" : "$context.stage",
    "request_id" : "$context.requestId",
    "api_id" : "$context.apiId",
    "resource_path" : "$context.resourcePath",
    "resource_id" : "$context.resourceId",
    "http_method" : "$context.httpMethod",
    "source_ip" : "$context.identity.sourceIp",
    "user-agent" : "$context.identity.userAgent",
    "account_id" : "$context.identity.accountId",
    "api_key" : "$context.identity.apiKey",
    "caller" : "$context.identity.caller",
    "user" : "$context.identity.user",
    "user_arn" : "$context.identity.userArn"
}`,
    context: {
      stage: 'prod', requestId: 'abcdefg-000-000-0000-abcdefg', apiId: 'abcd1234', resourcePath: '/',
      resourceId: 'efg567', httpMethod: 'GET',
      identity: {
        sourceIp: '192.0.2.1', userAgent: 'curl/7.84.0', accountId: '111122223333', apiKey: 'MyTestKey',
        caller: 'ABCD-0000-12345', user: 'ABCD-0000-12345',
        userArn: 'arn:aws:sts::111122223333:assumed-role/Admin/carlos-salazar',
      },
    },
    expectedJson: {
      stage: 'prod', request_id: 'abcdefg-000-000-0000-abcdefg', api_id: 'abcd1234', resource_path: '/',
      resource_id: 'efg567', http_method: 'GET', source_ip: '192.0.2.1', 'user-agent': 'curl/7.84.0',
      account_id: '111122223333', api_key: 'MyTestKey', caller: 'ABCD-0000-12345', user: 'ABCD-0000-12345',
      user_arn: 'arn:aws:sts::111122223333:assumed-role/Admin/carlos-salazar',
    },
  },
  {
    name: 'all request parameters passed through as JSON',
    source: `${DOCS}/api-gateway-mapping-variable-examples.html Example 2`,
    template: `#set($allParams = $input.params())
{
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
  }
}`,
    pathParameters: { example2: 'myparamm' },
    queryStringParameters: { querystring1: 'value1,value2' },
    headers: { header1: 'value1' },
    expectedJson: {
      params: { path: { example2: 'myparamm' }, querystring: { querystring1: 'value1,value2' }, header: { header1: 'value1' } },
    },
  },
  {
    name: 'query parameter and whole body',
    source: `${DOCS}/api-gateway-mapping-variable-examples.html Example 3`,
    template: `{
    "name" : "$input.params('name')",
    "body" : $input.json('$')
}`,
    queryStringParameters: { name: 'Bella', type: 'dog' },
    body: BELLA,
    expected: '{\n    "name" : "Bella",\n    "body" : {"Price":"249.99","Age":"6"}\n}',
  },
  {
    name: 'whole body escaped into a JSON string',
    source: `${DOCS}/api-gateway-mapping-variable-examples.html Example 3 (escapeJavaScript variant)`,
    template: `{
    "name" : "$input.params('name')",
    "body" : "$util.escapeJavaScript($input.json('$'))"
}`,
    queryStringParameters: { name: 'Bella', type: 'dog' },
    body: BELLA,
    expectedJson: { name: 'Bella', body: '{"Price":"249.99","Age":"6"}' },
  },
  {
    name: 'JSONPath subsection of the body',
    source: `${DOCS}/api-gateway-mapping-variable-examples.html Example 4`,
    template: `{
    "name" : "$input.params('name')",
    "body" : $input.json('$.Age')
}`,
    queryStringParameters: { name: 'Bella', type: 'dog' },
    body: BELLA,
    expectedJson: { name: 'Bella', body: '6' },
  },
  {
    name: 'JSONPath subsection escaped',
    source: `${DOCS}/api-gateway-mapping-variable-examples.html Example 4 (escapeJavaScript variant)`,
    template: `{
    "name" : "$input.params('name')",
    "body" : "$util.escapeJavaScript($input.json('$.Age'))"
}`,
    queryStringParameters: { name: 'Bella', type: 'dog' },
    body: BELLA,
    expectedJson: { name: 'Bella', body: '"6"' },
  },
  {
    name: 'params, path().size() and json() together',
    source: `${DOCS}/api-gateway-mapping-variable-examples.html Example 5`,
    template: `{
    "id" : "$input.params('id')",
    "count" : "$input.path('$.things').size()",
    "things" : $input.json('$.things')
}`,
    pathParameters: { id: '123' },
    body: '{\n      "things": {\n            "1": {},\n            "2": {},\n            "3": {}\n      }\n}',
    expectedJson: { id: '123', count: '3', things: { 1: {}, 2: {}, 3: {} } },
  },
  {
    name: 'json() escaped into a string',
    source: `${DOCS}/api-gateway-mapping-variable-examples.html Example 5 (escapeJavaScript variant)`,
    template: `{
     "id" : "$input.params('id')",
     "count" : "$input.path('$.things').size()",
     "things" : "$util.escapeJavaScript($input.json('$.things'))"
}`,
    pathParameters: { id: '123' },
    body: '{"things": {"1": {}, "2": {}, "3": {}}}',
    expected: '{\n     "id" : "123",\n     "count" : "3",\n     "things" : "{\\"1\\":{},\\"2\\":{},\\"3\\":{}}"\n}',
  },
  {
    name: 'parseJson of a stringified error message',
    source: `${DOCS}/api-gateway-mapping-template-reference.html $util.parseJson`,
    template: `#set ($errorMessageObj = $util.parseJson($input.path('$.errorMessage')))
{
   "errorMessageObjKey2ArrVal" : $errorMessageObj.key2.arr[0]
}`,
    body: '{"errorMessage":"{\\"key1\\":\\"var1\\",\\"key2\\":{\\"arr\\":[1,2,3]}}"}',
    expectedJson: { errorMessageObjKey2ArrVal: 1 },
  },
  {
    name: 'escapeJavaScript then replaceAll to turn \\\' back into \'',
    source: `${DOCS}/api-gateway-mapping-template-reference.html $util.escapeJavaScript`,
    template: String.raw`{"data": "$util.escapeJavaScript($input.path('$.data')).replaceAll("\\'","'")"}`,
    body: String.raw`{"data": "it's \"quoted\""}`,
    expectedJson: { data: 'it\'s "quoted"' },
  },
  {
    name: 'PetStore integration response: description and askingPrice',
    source: `${DOCS}/set-up-data-transformations-in-api-gateway.html (GET /pets response template)`,
    template: `#set($inputRoot = $input.path('$'))
[
#foreach($elem in $inputRoot)
  {
    "description" : "Item $elem.id is a $elem.type.",
    "askingPrice" : $elem.price
  }#if($foreach.hasNext),#end

#end
]`,
    body: PETS,
    expectedJson: [
      { description: 'Item 1 is a dog.', askingPrice: 249.99 },
      { description: 'Item 2 is a cat.', askingPrice: 124.99 },
      { description: 'Item 3 is a fish.', askingPrice: 0.99 },
    ],
  },
  {
    name: 'PetStore response template from the CLI walkthrough (price as string)',
    source: `${DOCS}/set-up-data-transformations-in-api-gateway.html (put-integration-response)`,
    template: '#set($inputRoot = $input.path("$"))\n[\n#foreach($elem in $inputRoot)\n {\n  "description": "Item $elem.id is a $elem.type",\n  "askingPrice": "$elem.price"\n }#if($foreach.hasNext),#end\n\n#end\n]',
    body: PETS,
    expectedJson: [
      { description: 'Item 1 is a dog', askingPrice: '249.99' },
      { description: 'Item 2 is a cat', askingPrice: '124.99' },
      { description: 'Item 3 is a fish', askingPrice: '0.99' },
    ],
  },
  {
    name: 'PetStore flattened listings',
    source: `${DOCS}/api-gateway-create-api-as-lambda (PetsModelFlattenAll walkthrough)`,
    template: `#set($inputRoot = $input.path('$'))
{
  "listings" : [
#foreach($elem in $inputRoot)
    "Item number $elem.id is a $elem.type. The asking price is $elem.price."#if($foreach.hasNext),#end

#end
  ]
}`,
    body: PETS,
    expectedJson: {
      listings: [
        'Item number 1 is a dog. The asking price is 249.99.',
        'Item number 2 is a cat. The asking price is 124.99.',
        'Item number 3 is a fish. The asking price is 0.99.',
      ],
    },
  },
  {
    name: 'DynamoDB PutItem request template built with json()',
    source: `${DOCS}/set-up-data-transformations-in-api-gateway.html (POST /pets request template)`,
    template: `{
    "TableName":"data-transformation-tutorial-console-ddb",
    "Item": {
        "id": {
            "N": $input.json("$.id")
        },
        "type": {
            "S": $input.json("$.type")
        },
        "price": {
            "N": $input.json("$.price")
        }
    }
}`,
    body: '{\n          "id": "4",\n          "type" : "dog",\n          "price": "321"\n}',
    expectedJson: {
      TableName: 'data-transformation-tutorial-console-ddb',
      Item: { id: { N: '4' }, type: { S: 'dog' }, price: { N: '321' } },
    },
  },
  {
    name: 'response template with requestTime',
    source: `${DOCS}/set-up-data-transformations-in-api-gateway.html (POST /pets response template)`,
    template: '{ "message" : "Your response was recorded at $context.requestTime" }',
    context: { requestTime: '21/Nov/2026:13:06:46 +0000' },
    expectedJson: { message: 'Your response was recorded at 21/Nov/2026:13:06:46 +0000' },
  },
  {
    name: 'override the response status when the body reports an error',
    source: `${DOCS}/apigateway-override-request-response-parameters.html (response status tutorial)`,
    template: `#set($inputRoot = $input.path('$'))
$input.json("$")
#if($inputRoot.toString().contains("error"))
#set($context.responseOverride.status = 400)
#end`,
    body: '{"errors": [{"key": "GetPetRequest.petId", "message": "The value is out of range."}]}',
    expectedJson: { errors: [{ key: 'GetPetRequest.petId', message: 'The value is out of range.' }] },
    expectedOverrides: { responseOverride: { header: {}, status: 400 } },
  },
  {
    name: 'override request headers from two other headers',
    source: `${DOCS}/apigateway-override-request-response-parameters.html (request header tutorial)`,
    template: `#set($header1Override = "foo")
#set($header3Value = "$input.params('header1')$input.params('header2')")
$input.json("$")
#set($context.requestOverride.header.header3 = $header3Value)
#set($context.requestOverride.header.header1 = $header1Override)`,
    headers: { header1: 'header1Val', header2: 'header2Val' },
    body: '{}',
    expectedJson: {},
    expectedOverrides: {
      requestOverride: { header: { header3: 'header1Valheader2Val', header1: 'foo' }, querystring: {}, path: {} },
    },
  },
  {
    name: 'stage variables in the three documented syntaxes',
    source: `${DOCS}/api-gateway-mapping-template-reference.html $stageVariables`,
    template: "$stageVariables.version|$stageVariables['version']|${stageVariables['version']}|$stageVariables.none|",
    stageVariables: { version: 'v2' },
    expected: 'v2|v2|v2||',
  },
  {
    name: 'authorizer context values are strings',
    source: `${DOCS}/api-gateway-mapping-template-reference.html $context.authorizer.property`,
    template: '{"key": "$context.authorizer.key", "num": "$context.authorizer.numKey", "bool": "$context.authorizer.boolKey"}',
    context: { authorizer: { key: 'value', numKey: '1', boolKey: 'true', principalId: 'user|a1b2' } },
    expectedJson: { key: 'value', num: '1', bool: 'true' },
  },
];
