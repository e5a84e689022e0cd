import { Logger } from '@nestjs/common';
import type { AuditEventEntity, AuditEventRepository } from '@tollgate/persistence';
import { AuditRecorderService } from './audit-recorder.service';

function event(id: string): AuditEventEntity {
  return {
    id, accountId: '000000000000', region: 'us-east-1', accessKeyId: 'test', eventName: 'CreateRestApi', eventTime: new Date(0), httpMethod: 'POST',
    path: '/restapis', resourceArn: null, requestParameters: null, statusCode: 201, errorCode: null, errorMessage: null, sourceIpAddress: null, userAgent: null, requestId: null,
  };
}

describe('AuditRecorderService', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('writes in the background and flush waits for every write', async () => {
    const written: string[] = [];
    const repository = { insert: async (e: AuditEventEntity) => { await new Promise((resolve) => setTimeout(resolve, 5)); written.push(e.id); } };
    const recorder = new AuditRecorderService(repository as unknown as AuditEventRepository);
    recorder.record(() => event('a'));
    recorder.record(() => event('b'));
    expect(written).toEqual([]);
    await recorder.beforeApplicationShutdown();
    expect(written.sort()).toEqual(['a', 'b']);
  });

  it('never throws when the database or the event builder fails; it logs a warning', async () => {
    const repository = { insert: () => Promise.reject(new Error('database is down')) };
    const recorder = new AuditRecorderService(repository as unknown as AuditEventRepository);
    expect(() => recorder.record(() => event('a'))).not.toThrow();
    expect(() => recorder.record(() => { throw new Error('bad request shape'); })).not.toThrow();
    await recorder.flush();
    const warnings = (Logger.prototype.warn as jest.Mock).mock.calls.map((call: unknown[]) => String(call[0]));
    expect(warnings.sort()).toEqual(['audit event not recorded: bad request shape', 'audit event not recorded: database is down']);
  });
});
