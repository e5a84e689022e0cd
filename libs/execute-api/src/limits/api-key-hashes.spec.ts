import { createHash } from 'node:crypto';
import { ApiKeyHashes } from './api-key-hashes';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

describe('ApiKeyHashes', () => {
  it('returns the sha256 hex of the value, the same on every call', () => {
    const hashes = new ApiKeyHashes();
    expect(hashes.of('key-a')).toBe(sha256('key-a'));
    expect(hashes.of('key-a')).toBe(sha256('key-a'));
    expect(hashes.of('ключ')).toBe(sha256('ключ'));
  });

  it('stays correct past its bound (starts over instead of growing)', () => {
    const hashes = new ApiKeyHashes(2);
    for (const value of ['a', 'b', 'c', 'a', 'd', 'b']) expect(hashes.of(value)).toBe(sha256(value));
  });
});
