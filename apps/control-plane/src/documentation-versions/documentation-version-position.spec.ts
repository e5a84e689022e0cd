import { decodeVersionPosition, pageVersions, type PagedVersion } from './documentation-version-position';

const at = (ms: number, version: string): PagedVersion => ({ createdDate: new Date(ms), version });
const names = (rows: readonly PagedVersion[]) => rows.map((row) => row.version);

describe('pageVersions', () => {
  const versions = [at(3000, 'v3'), at(1000, 'v1'), at(2000, 'b'), at(2000, 'a'), at(4000, 'v4')];

  it('pages oldest first, same-millisecond versions by name, and ends without a position', () => {
    const first = pageVersions(versions, 2);
    expect(names(first.items)).toEqual(['v1', 'a']);
    const second = pageVersions(versions, 2, decodeVersionPosition(first.position!));
    expect(names(second.items)).toEqual(['b', 'v3']);
    const third = pageVersions(versions, 2, decodeVersionPosition(second.position!));
    expect(names(third.items)).toEqual(['v4']);
    expect(third.position).toBeUndefined();
  });

  it('neither skips nor repeats when versions are deleted or created between pages', () => {
    const first = pageVersions(versions, 2);
    // The last version of page one is deleted and a newer version is created before page two is read.
    const changed = [...versions.filter((row) => row.version !== 'a'), at(5000, 'v5')];
    const second = pageVersions(changed, 10, decodeVersionPosition(first.position!));
    expect(names(second.items)).toEqual(['b', 'v3', 'v4', 'v5']);
  });

  it('round-trips versions with dots and non-ASCII text through the position', () => {
    const odd = [at(1000, '1.0.0'), at(1000, 'été.2'), at(1000, 'zz')];
    const first = pageVersions(odd, 1);
    expect(decodeVersionPosition(first.position!)).toEqual(at(1000, '1.0.0'));
    const second = pageVersions(odd, 1, decodeVersionPosition(first.position!));
    expect(names(second.items)).toEqual(['zz']);
    expect(names(pageVersions(odd, 1, decodeVersionPosition(second.position!)).items)).toEqual(['été.2']);
  });

  it.each(['garbage', Buffer.from('12').toString('base64url'), Buffer.from('x.1').toString('base64url'), Buffer.from('5').toString('base64url')])(
    'refuses a position it did not issue: %s',
    (position) => expect(decodeVersionPosition(position)).toBeUndefined(),
  );
});
