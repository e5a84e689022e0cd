/** The x-amazon-apigateway-* extension keys this lib reads and writes. */
export const X = {
  integration: 'x-amazon-apigateway-integration',
  anyMethod: 'x-amazon-apigateway-any-method',
  apiKeySource: 'x-amazon-apigateway-api-key-source',
  binaryMediaTypes: 'x-amazon-apigateway-binary-media-types',
  gatewayResponses: 'x-amazon-apigateway-gateway-responses',
  requestValidators: 'x-amazon-apigateway-request-validators',
  requestValidator: 'x-amazon-apigateway-request-validator',
  authorizer: 'x-amazon-apigateway-authorizer',
  authtype: 'x-amazon-apigateway-authtype',
  auth: 'x-amazon-apigateway-auth',
  documentation: 'x-amazon-apigateway-documentation',
  policy: 'x-amazon-apigateway-policy',
  minimumCompressionSize: 'x-amazon-apigateway-minimum-compression-size',
  endpointConfiguration: 'x-amazon-apigateway-endpoint-configuration',
} as const;
