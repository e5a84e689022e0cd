import { importDefinition } from './import-definition';
import { ImportError } from './import-error';
import type { ApiDocument } from './parse-api-document';

// importDefinition is also called on documents that skipped parseApiDocument: odd shapes must give a
// definition or an ImportError, never a TypeError (which the control plane would turn into a 500).
const info = { title: 'Odd', version: '1' };
const odd: Array<[string, object]> = [
  ['paths is null', { swagger: '2.0', info, paths: null }],
  ['path item is a string', { swagger: '2.0', info, paths: { '/a': 'nope' } }],
  ['operation is an array', { openapi: '3.0.1', info, paths: { '/a': { get: [] } } }],
  ['parameters is an object', { swagger: '2.0', info, paths: { '/a': { get: { parameters: { name: 'x' }, responses: {} } } } }],
  ['parameter is null', { swagger: '2.0', info, paths: { '/a': { get: { parameters: [null], responses: {} } } } }],
  ['responses is a number', { openapi: '3.0.1', info, paths: { '/a': { get: { responses: 5 } } } }],
  ['security is a string', { swagger: '2.0', info, security: 'x', paths: { '/a': { get: { security: [null, 'x'] } } } }],
  ['integration is a string', { swagger: '2.0', info, paths: { '/a': { get: { 'x-amazon-apigateway-integration': 'mock' } } } }],
  ['integration responses are odd', { swagger: '2.0', info, paths: { '/a': { get: { 'x-amazon-apigateway-integration': { type: 'mock', responses: { default: null, x: 5 } } } } } }],
  ['definitions hold scalars', { swagger: '2.0', info, paths: {}, definitions: { A: 5, B: null } }],
  ['dangling local $ref', { openapi: '3.0.1', info, paths: { '/a': { get: { requestBody: { $ref: '#/components/requestBodies/Nope' }, responses: { '200': { $ref: '#/nope' } } } } } }],
  ['documentation parts are odd', { swagger: '2.0', info, paths: {}, 'x-amazon-apigateway-documentation': { documentationParts: [null, 5, { location: null }] } }],
  ['gateway responses hold scalars', { swagger: '2.0', info, paths: {}, 'x-amazon-apigateway-gateway-responses': { DEFAULT_4XX: 'x' } }],
  ['security schemes hold scalars', { openapi: '3.0.1', info, paths: {}, components: { securitySchemes: { A: 1 } } }],
  ['self-referencing $ref', { openapi: '3.0.1', info, paths: { '/a': { $ref: '#/paths/~1a' } } }],
];

describe('importDefinition on malformed documents', () => {
  it.each(odd)('%s', (_name, document) => {
    try {
      const result = importDefinition(document as unknown as ApiDocument);
      expect(result.definition.resources[0]?.path).toBe('/');
    } catch (err) {
      expect(err).toBeInstanceOf(ImportError);
    }
  });
});
