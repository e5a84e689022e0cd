import { defaultValues } from './gateway-response.mapper';
import { parsePutGatewayResponseRequest } from './put-gateway-response.request';
import { applyGatewayResponsePatch } from './update-gateway-response.request';

describe('parsePutGatewayResponseRequest', () => {
  it('keeps what was given and nothing else', () => {
    expect(parsePutGatewayResponseRequest({})).toEqual({ statusCode: null, responseParameters: {}, responseTemplates: {} });
    expect(parsePutGatewayResponseRequest({
      statusCode: '418',
      responseParameters: { 'gatewayresponse.header.a': "'x'", 'gatewayresponse.header.b': 'method.request.path.id', 'gatewayresponse.header.c': 'stageVariables.v', 'gatewayresponse.header.d': 'context.requestId' },
      responseTemplates: { 'application/json': '{}' },
    })).toMatchObject({ statusCode: '418' });
  });

  it.each([
    ['a two-digit status', { statusCode: '42' }, 'Invalid status code specified: 42'],
    ['a non-header parameter', { responseParameters: { 'gatewayresponse.path.a': "'x'" } }, 'Invalid mapping expression specified'],
    ['a body source', { responseParameters: { 'gatewayresponse.header.a': 'method.request.body.x' } }, 'Invalid mapping expression parameter specified: method.request.body.x'],
    ['non-string templates', { responseTemplates: { 'application/json': 1 } }, "Invalid value for 'responseTemplates'"],
  ])('refuses %s', (_label, body, message) => {
    expect(() => parsePutGatewayResponseRequest(body)).toThrow(expect.objectContaining({ errorType: 'BadRequestException', message: expect.stringContaining(message) }));
  });
});

describe('applyGatewayResponsePatch', () => {
  it('edits status, parameters and templates (with ~1 escapes) without touching the input', () => {
    const start = defaultValues('THROTTLED');
    const next = applyGatewayResponsePatch(start, [
      { op: 'replace', path: '/statusCode', value: '503' },
      { op: 'add', path: '/responseParameters/gatewayresponse.header.Retry-After', value: "'1'" },
      { op: 'add', path: '/responseTemplates/text~1plain', value: 'slow down' },
      { op: 'remove', path: '/responseTemplates/application~1json' },
    ]);
    expect(next).toEqual({ statusCode: '503', responseParameters: { 'gatewayresponse.header.Retry-After': "'1'" }, responseTemplates: { 'text/plain': 'slow down' } });
    expect(start.statusCode).toBe('429');
  });

  it.each([
    ['an unknown path', { op: 'replace' as const, path: '/defaultResponse', value: 'true' }],
    ['a map path without a key', { op: 'add' as const, path: '/responseParameters', value: 'x' }],
    ['a bad status', { op: 'replace' as const, path: '/statusCode', value: '999' }],
    ['a bad parameter', { op: 'add' as const, path: '/responseParameters/x', value: "'y'" }],
    ['a copy op', { op: 'copy' as const, path: '/statusCode', from: '/x' }],
    ['removing the status code', { op: 'remove' as const, path: '/statusCode' }],
    ['an empty value', { op: 'add' as const, path: '/responseTemplates/text~1plain', value: '' }],
  ])('refuses %s', (_label, operation) => {
    expect(() => applyGatewayResponsePatch(defaultValues('DEFAULT_4XX'), [operation])).toThrow(expect.objectContaining({ errorType: 'BadRequestException' }));
  });

  it('answers NotFoundException when replacing a key that is not there', () => {
    expect(() => applyGatewayResponsePatch(defaultValues('THROTTLED'), [{ op: 'replace', path: '/responseParameters/gatewayresponse.header.x', value: "'y'" }]))
      .toThrow(expect.objectContaining({ errorType: 'NotFoundException', message: 'Invalid parameter name specified' }));
  });
});
