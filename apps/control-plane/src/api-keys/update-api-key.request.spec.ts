import type { ApiKeyEntity } from '@tollgate/persistence';
import { applyApiKeyPatch } from './update-api-key.request';

const key: ApiKeyEntity = {
  id: 'key0000001', accountId: '000000000000', region: 'us-east-1', name: 'k', description: 'd', value: 'x'.repeat(40), valueSha256: 'h',
  enabled: false, customerId: null, stageKeys: ['api0000001/prod'], tags: {}, createdDate: new Date(0), lastUpdatedDate: new Date(0),
};

describe('applyApiKeyPatch', () => {
  it('applies AWS UpdateApiKey paths', () => {
    const patch = applyApiKeyPatch(key, [
      { op: 'replace', path: '/name', value: 'n' },
      { op: 'remove', path: '/description' },
      { op: 'replace', path: '/enabled', value: 'true' },
      { op: 'replace', path: '/customerId', value: 'c' },
      { op: 'add', path: '/stages', value: 'api0000002/beta' },
      { op: 'remove', path: '/stages', value: 'api0000001/prod' },
    ]);
    expect(patch.changes).toEqual({ name: 'n', description: null, enabled: true, customerId: 'c', stageKeys: ['api0000002/beta'] });
    expect(patch.addedStages).toEqual([{ restApiId: 'api0000002', stageName: 'beta' }]);
  });

  it.each([
    [{ op: 'replace' as const, path: '/value', value: 'x' }, "Invalid patch path '/value' specified for op 'replace'"],
    [{ op: 'replace' as const, path: '/enabled', value: 'on' }, "Invalid value for '/enabled': on"],
    [{ op: 'remove' as const, path: '/enabled' }, "Invalid patch path '/enabled' specified for op 'remove'"],
    [{ op: 'add' as const, path: '/stages', value: 'nostage' }, "Invalid stage key 'nostage'"],
    [{ op: 'replace' as const, path: '/name' }, "'value' is required"],
  ])('rejects %j', (operation, message) => {
    expect(() => applyApiKeyPatch(key, [operation])).toThrow(message);
  });
});
