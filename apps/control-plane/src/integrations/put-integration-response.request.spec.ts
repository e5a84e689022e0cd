import { parsePutIntegrationResponseRequest } from './put-integration-response.request';

describe('PutIntegrationResponse selection patterns (checked with the data plane compiler)', () => {
  it.each(['4\\d{2}', '.*four hundred.*', '(a+)+$', ''])('accepts %j', (selectionPattern) => {
    expect(parsePutIntegrationResponseRequest({ selectionPattern }).selectionPattern).toBe(selectionPattern || undefined);
  });

  it.each([
    ['a syntax error', '('],
    ['a backtracking pattern RE2 cannot run and safe-regex refuses', '(a+)+\\1'],
  ])('refuses %s with a BadRequestException naming the field', (_label, selectionPattern) => {
    expect(() => parsePutIntegrationResponseRequest({ selectionPattern })).toThrow(
      expect.objectContaining({ errorType: 'BadRequestException', message: `Invalid selection pattern specified in 'selectionPattern': ${selectionPattern}` }),
    );
  });
});
