import { parseAccountRecord, parseApiKeyRecord, parseUsagePlanRecord } from './limit-record-parsers';

describe('limit record parsers', () => {
  it.each([
    [{ id: 'k', accountId: 'a', enabled: true, usagePlanIds: ['p'] }, true],
    [{ id: 'k', accountId: 'a', enabled: 'yes', usagePlanIds: [] }, false],
    [{ id: 'k', accountId: 'a', enabled: true, usagePlanIds: [1] }, false],
    [{ id: 'k', accountId: 'a', enabled: true }, false],
    [[], false],
    [null, false],
  ])('api key %j valid=%s', (value, valid) => {
    if (valid) expect(parseApiKeyRecord(value)).toBe(value);
    else expect(() => parseApiKeyRecord(value)).toThrow(TypeError);
  });

  it.each([
    [{ id: 'p', accountId: 'a', name: 'n', apiStages: {} }, true],
    [{ id: 'p', accountId: 'a', name: 'n', apiStages: {}, throttle: { rateLimit: 1 }, quota: { limit: 5, offset: 0, period: 'DAY' } }, true],
    [{ id: 'p', accountId: 'a', name: 'n' }, false],
    [{ id: 'p', accountId: 'a', name: 'n', apiStages: {}, quota: { period: 'DAY' } }, false],
    [{ id: 'p', accountId: 'a', name: 'n', apiStages: {}, throttle: 5 }, false],
  ])('usage plan %j valid=%s', (value, valid) => {
    if (valid) expect(parseUsagePlanRecord(value)).toBe(value);
    else expect(() => parseUsagePlanRecord(value)).toThrow(TypeError);
  });

  it.each([
    [{ accountId: 'a', throttle: { burstLimit: 1, rateLimit: 2 } }, true],
    [{ accountId: 'a', throttle: { burstLimit: 1 } }, false],
    [{ accountId: 'a' }, false],
  ])('account %j valid=%s', (value, valid) => {
    if (valid) expect(parseAccountRecord(value)).toBe(value);
    else expect(() => parseAccountRecord(value)).toThrow(TypeError);
  });
});
