import type { DataSource } from 'typeorm';
import { createAccount } from '../accounts/create-account';
import { createDataSource } from '../data-source';
import type { PageCursor } from '../page';
import type { TenantScope } from '../tenant-scope';
import { ClientCertificateRepository } from './client-certificate.repository';

/** Keyset paging over (createdDate, id) when many rows share one millisecond (what made paging flaky). */
describe('ClientCertificateRepository.list', () => {
  let dataSource: DataSource;
  let certificates: ClientCertificateRepository;
  let scope: TenantScope;
  /** Ids in the order the list must give: by createdDate, then id. */
  let expected: string[];
  beforeAll(async () => {
    dataSource = await createDataSource(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test', { poolSize: 2 }).initialize();
    certificates = new ClientCertificateRepository(dataSource);
    scope = { accountId: (await createAccount(dataSource)).accountId, region: 'us-east-1' };
    // One row a millisecond before, five in the same millisecond, one a millisecond after.
    const tie = new Date('2030-01-02T03:04:05.678Z');
    const dates = [new Date('2030-01-02T03:04:05.677Z'), tie, tie, tie, tie, tie, new Date('2030-01-02T03:04:05.679Z')];
    const inserted = [];
    for (const createdDate of dates) {
      inserted.push(await certificates.insert(scope, {
        description: null, pemEncodedCertificate: 'pem', privateKey: 'key', tags: {}, createdDate, expirationDate: createdDate,
      }));
    }
    expected = inserted
      .sort((a, b) => a.createdDate.getTime() - b.createdDate.getTime() || (a.id < b.id ? -1 : 1))
      .map((row) => row.id);
  });
  afterAll(() => dataSource.destroy());

  it('pages rows that share a createdDate by id: every row exactly once, in (createdDate, id) order', async () => {
    for (const limit of [1, 2, 3]) {
      const seen: string[] = [];
      let after: PageCursor | undefined;
      do {
        const page = await certificates.list(scope, { limit, after });
        expect(page.items.length).toBeLessThanOrEqual(limit);
        seen.push(...page.items.map((row) => row.id));
        after = page.next;
      } while (after);
      expect(seen).toEqual(expected);
    }
  });

  it('keeps milliseconds: a cursor taken from a row excludes exactly that row', async () => {
    const [first, second] = (await certificates.list(scope, { limit: 2 })).items;
    expect(first.createdDate.toISOString()).toBe('2030-01-02T03:04:05.677Z');
    expect(second.createdDate.toISOString()).toBe('2030-01-02T03:04:05.678Z');
    const rest = await certificates.list(scope, { limit: 100, after: { createdDate: second.createdDate, id: second.id } });
    expect(rest.items.map((row) => row.id)).toEqual(expected.slice(2));
  });
});
