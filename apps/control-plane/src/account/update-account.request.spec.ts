import { DEFAULT_ACCOUNT_SETTINGS } from './account.mapper';
import { applyAccountPatch } from './update-account.request';

describe('applyAccountPatch', () => {
  it('changes throttle, role ARN and features, leaving the input untouched', () => {
    const next = applyAccountPatch(DEFAULT_ACCOUNT_SETTINGS, [
      { op: 'replace', path: '/throttle/burstLimit', value: '10' },
      { op: 'replace', path: '/throttleSettings/rateLimit', value: '2.5' },
      { op: 'replace', path: '/cloudwatchRoleArn', value: 'arn:aws:iam::123456789012:role/logs' },
      { op: 'add', path: '/features', value: 'UsagePlans' },
    ]);
    expect(next).toEqual({ throttleBurstLimit: 10, throttleRateLimit: 2.5, cloudwatchRoleArn: 'arn:aws:iam::123456789012:role/logs', features: ['UsagePlans'] });
    expect(DEFAULT_ACCOUNT_SETTINGS.throttleBurstLimit).toBe(5000);
    expect(applyAccountPatch(next, [{ op: 'remove', path: '/cloudwatchRoleArn' }]).cloudwatchRoleArn).toBeNull();
  });

  it.each([
    ['/throttle/burstLimit', '-1', "Invalid value for '/throttle/burstLimit'"],
    ['/throttle/rateLimit', 'fast', "Invalid value for '/throttle/rateLimit'"],
    ['/cloudwatchRoleArn', 'arn:aws:s3:::bucket', 'The role ARN is not well formed'],
    ['/apiKeyVersion', '3', "Invalid patch path '/apiKeyVersion'"],
  ])('rejects replace %s %s', (path, value, message) => {
    expect(() => applyAccountPatch(DEFAULT_ACCOUNT_SETTINGS, [{ op: 'replace', path, value }])).toThrow(message);
  });
});
