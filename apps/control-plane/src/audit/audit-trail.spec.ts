import { operationName } from './audit-operations';
import { auditRequestParameters, MAX_STORED_BODY_BYTES, REDACTED } from './audit-redaction';
import { auditTargetArn } from './audit-target-arn';

describe('operationName', () => {
  it.each<[string, string, string | undefined, string]>([
    ['POST', '/restapis', undefined, 'CreateRestApi'],
    ['POST', '/restapis', 'import', 'ImportRestApi'],
    ['PUT', '/restapis/:restApiId', 'overwrite', 'PutRestApi'],
    ['POST', '/apikeys', 'import', 'ImportApiKeys'],
    ['PATCH', '/restapis/:id/stages/:stage', undefined, 'UpdateStage'],
    ['DELETE', '/restapis/:a/stages/:b/cache/data', undefined, 'FlushStageCache'],
    ['PUT', '/restapis/:a/resources/:b/methods/:c/integration/responses/:d', undefined, 'PutIntegrationResponse'],
    ['POST', '/restapis/:a/resources/:parentId', undefined, 'CreateResource'],
    ['PUT', '/tags/:resourceArn', undefined, 'TagResource'],
    ['PATCH', '/account', undefined, 'UpdateAccount'],
    ['POST', '/somewhere/:x', undefined, 'POST /somewhere/{}'],
  ])('%s %s (mode %s) is %s', (method, route, mode, expected) => {
    expect(operationName(method, route, mode)).toBe(expected);
  });
});

describe('auditRequestParameters', () => {
  const base = { path: '/restapis', params: {}, query: {}, rawBodyBytes: 10 };

  it('merges path, query and body fields and hides secrets at any depth', () => {
    expect(auditRequestParameters({
      ...base, params: { restApiId: 'a' }, query: { mode: 'merge' },
      body: { name: 'n', certificatePrivateKey: 'k', nested: { clientSecret: 's', keep: 1 }, headers: { Authorization: 'Bearer x', Accept: '*/*' } },
    })).toEqual({
      restApiId: 'a', mode: 'merge', name: 'n', certificatePrivateKey: REDACTED,
      nested: { clientSecret: REDACTED, keep: 1 }, headers: { Authorization: REDACTED, Accept: '*/*' },
    });
  });

  it('hides an API key value only on API key calls', () => {
    expect(auditRequestParameters({ ...base, path: '/apikeys', body: { value: 'the-key' } })).toEqual({ value: REDACTED });
    expect(auditRequestParameters({ ...base, body: { patchOperations: [{ op: 'replace', path: '/name', value: 'kept' }] } }))
      .toEqual({ patchOperations: [{ op: 'replace', path: '/name', value: 'kept' }] });
  });

  it('never stores a body that is not a JSON object, or a large one', () => {
    expect(auditRequestParameters({ ...base, path: '/apikeys', body: undefined, rawBodyBytes: 42 })).toEqual({ bodyOmitted: '42 bytes (not a JSON object)' });
    expect(auditRequestParameters({ ...base, body: { swagger: '2.0' }, rawBodyBytes: MAX_STORED_BODY_BYTES + 1 })).toEqual({ bodyOmitted: `${MAX_STORED_BODY_BYTES + 1} bytes` });
    expect(auditRequestParameters({ ...base, body: undefined, rawBodyBytes: 0 })).toBeNull();
  });
});

describe('auditTargetArn', () => {
  const arn = (path: string): string => `arn:aws:apigateway:us-east-1::${path}`;

  it.each<[string, string[], boolean, string, unknown, string]>([
    ['a create appends the new id', ['restapis'], false, 'CreateRestApi', { id: 'abc' }, arn('/restapis/abc')],
    ['CreateResource names the child, not the parent', ['restapis', 'a', 'resources', 'parent'], true, 'CreateResource', { id: 'child' }, arn('/restapis/a/resources/child')],
    ['CreateStage uses the stage name', ['restapis', 'a', 'stages'], false, 'CreateStage', { stageName: 'prod' }, arn('/restapis/a/stages/prod')],
    ['GenerateClientCertificate uses its id field', ['clientcertificates'], false, 'GenerateClientCertificate', { clientCertificateId: 'c1' }, arn('/clientcertificates/c1')],
    ['an update is its path', ['restapis', 'a', 'stages', 'prod'], true, 'UpdateStage', { stageName: 'prod' }, arn('/restapis/a/stages/prod')],
    ['a failed create is the collection', ['restapis'], false, 'CreateRestApi', undefined, arn('/restapis')],
    ['tagging names the ARN it tags', ['tags', arn('/restapis/a')], true, 'TagResource', undefined, arn('/restapis/a')],
    ['a slash inside a segment stays escaped', ['domainnames', 'x', 'basepathmappings', 'a/b'], true, 'DeleteBasePathMapping', undefined, arn('/domainnames/x/basepathmappings/a%2Fb')],
  ])('%s', (_case, segments, endsWithParam, eventName, response, expected) => {
    expect(auditTargetArn('us-east-1', segments, endsWithParam, eventName, response)).toBe(expected);
  });
});
