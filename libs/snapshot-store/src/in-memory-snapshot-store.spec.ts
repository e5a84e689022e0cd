import { buildMethod, buildResource, buildSnapshot, buildStageRecord } from '@tollgate/testing';
import { matchRoute } from '@tollgate/routing';
import { InMemorySnapshotStore } from './in-memory-snapshot-store';
import { SnapshotRejectedError } from './prepare-snapshot';
import { snapshotContentHash } from './snapshot-hash';

describe('InMemorySnapshotStore', () => {
  const snapshot = buildSnapshot({ resources: [buildResource('/pets/{id}', { GET: buildMethod() })] });
  const record = buildStageRecord({}, snapshot);

  it('serves what was put, with compiled routes and the compile hook result', async () => {
    const store = new InMemorySnapshotStore((s) => ({ resourceCount: s.resources.length }));
    store.put(record, snapshot);

    const served = store.getStage(record.restApiId, 'dev');
    expect(served?.snapshot).toBe(snapshot);
    expect(served?.compiled).toEqual({ resourceCount: 1 });
    expect(matchRoute(served!.routes, 'GET', '/pets/7')?.pathParameters).toEqual({ id: '7' });
    await expect(store.resolve(record.restApiId, 'dev')).resolves.toBe(served);
  });

  it('forgets a deleted stage', async () => {
    const store = new InMemorySnapshotStore();
    store.put(record, snapshot);
    store.delete(record.restApiId, 'dev');
    expect(store.getStage(record.restApiId, 'dev')).toBeUndefined();
    await expect(store.resolve(record.restApiId, 'dev')).resolves.toBeUndefined();
  });

  it('rejects a snapshot whose routes do not compile, keeping the previous one', () => {
    const store = new InMemorySnapshotStore();
    store.put(record, snapshot);
    const bad = { ...snapshot, resources: [buildResource('/{a+}/b')] };
    expect(() => store.put(record, bad)).toThrow(SnapshotRejectedError);
    expect(store.getStage(record.restApiId, 'dev')?.snapshot).toBe(snapshot);
  });

  it('rejects a snapshot when the compile hook throws', () => {
    const store = new InMemorySnapshotStore(() => {
      throw new Error('template does not parse');
    });
    expect(() => store.put(record, snapshot)).toThrow(/template does not parse/);
  });
});

describe('snapshotContentHash', () => {
  it('ignores key order and the hash field, and changes with content', () => {
    const a = buildSnapshot({ deploymentId: 'dep0000001', restApiId: 'api0000001' });
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
    expect(snapshotContentHash(reordered)).toBe(snapshotContentHash(a));
    expect(snapshotContentHash({ ...a, hash: 'other' })).toBe(snapshotContentHash(a));
    expect(snapshotContentHash({ ...a, region: 'eu-west-1' })).not.toBe(snapshotContentHash(a));
    expect(snapshotContentHash(a)).toMatch(/^[0-9a-f]{64}$/);
  });
});
