import { applyBasePathMappingPatch, parseCreateBasePathMappingRequest, toStoredBasePath } from './base-path-mapping.request';
import { BasePathMappingsError } from './base-path-mappings.error';

function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof BasePathMappingsError) return `${error.errorType}: ${error.message}`;
    throw error;
  }
  throw new Error('expected a feature error');
}

describe('base path mapping requests', () => {
  it.each<[string | undefined, string]>([[undefined, ''], ['', ''], ['(none)', ''], ['v1', 'v1'], ['api-v1.2_x', 'api-v1.2_x']])('stores %s as %j', (wire, stored) => {
    expect(toStoredBasePath(wire)).toBe(stored);
  });

  it('refuses slashes and odd characters as AWS does', () => {
    expect(failure(() => toStoredBasePath('a/b'))).toMatch(/^BadRequestException: API Gateway V1 doesn't support the slash character/);
    expect(failure(() => toStoredBasePath('a b'))).toBe('BadRequestException: Invalid base path specified: a b');
  });

  it('requires a REST API id and treats an empty stage as none', () => {
    expect(failure(() => parseCreateBasePathMappingRequest({ basePath: 'x' }))).toBe('BadRequestException: Invalid REST API identifier specified');
    expect(parseCreateBasePathMappingRequest({ restApiId: 'a', stage: '' })).toEqual({ basePath: '', restApiId: 'a', stage: null });
  });

  it('patches base path, API (either spelling) and stage', () => {
    const current = { basePath: 'v1', restApiId: 'a', stage: 'prod' };
    expect(applyBasePathMappingPatch({ patchOperations: [
      { op: 'replace', path: '/basePath', value: '(none)' }, { op: 'replace', path: '/restapiId', value: 'b' }, { op: 'remove', path: '/stage' },
    ] }, current)).toEqual({ basePath: '', restApiId: 'b', stage: null });
    expect(applyBasePathMappingPatch({ patchOperations: [{ op: 'replace', path: '/restApiId', value: 'c' }] }, current).restApiId).toBe('c');
    expect(failure(() => applyBasePathMappingPatch({ patchOperations: [{ op: 'replace', path: '/domainName', value: 'x' }] }, current)))
      .toMatch(/^BadRequestException: Invalid patch path '\/domainName'/);
  });
});
