import { buildHttpProxyIntegration, buildIntegration, buildMethod, buildResource, buildSnapshot } from '@tollgate/testing';
import { compileRoutes } from '@tollgate/routing';
import { compileSnapshot } from './compiled-snapshot';

describe('compileSnapshot', () => {
  it('compiles each method once, and isolates a broken integration as UNAVAILABLE', () => {
    const good = buildMethod({ integration: buildHttpProxyIntegration('http://b/{id}', { httpMethod: 'POST', timeoutInMillis: 1000 }) });
    const broken = buildMethod({ integration: buildHttpProxyIntegration('not a uri') });
    const mock = buildMethod({ integration: buildIntegration({ requestTemplates: { 'Application/JSON': '{"statusCode": 201}' } }) });
    const lambda = buildMethod({ integration: buildIntegration({ type: 'AWS_PROXY' }) });
    const snapshot = buildSnapshot({ resources: [buildResource('/{id}', { GET: good, PUT: broken, POST: mock, DELETE: lambda })] });
    const resource = snapshot.resources[0];

    const compiled = compileSnapshot(snapshot, compileRoutes(snapshot.resources));

    expect(compiled.methods.get(resource.methods.GET!)).toMatchObject({ kind: 'HTTP_PROXY', httpMethod: 'POST', timeoutMs: 1000 });
    expect(compiled.methods.get(resource.methods.PUT!)).toMatchObject({ kind: 'UNAVAILABLE', reason: expect.stringContaining('not a uri') });
    const mockPlan = compiled.methods.get(resource.methods.POST!);
    const template = mockPlan?.kind === 'MOCK' ? mockPlan.request.templates.table.byMediaType.get('application/json')?.template : undefined;
    expect(template).toMatchObject({ staticOutput: '{"statusCode": 201}', staticStatusCode: 201 });
    expect(compiled.methods.get(resource.methods.DELETE!)).toMatchObject({ kind: 'UNAVAILABLE', reason: expect.stringContaining('AWS_PROXY') });
  });
});
