import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually, invokeHttps, startSystem, type RunningSystem } from '../src';

jest.setTimeout(180_000);

/** Checked at run time: the suite drives the real `aws` binary when there is one. */
const probe = spawnSync('aws', ['--version'], { encoding: 'utf8' });
const cliInstalled = probe.error === undefined && probe.status === 0;

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

describe('the AWS CLI (`aws apigateway`) against a real control plane, data plane and worker', () => {
  if (!cliInstalled) {
    it('has no AWS CLI on this machine, so there is nothing to drive', () => {
      // Meaningful on its own: the probe really failed to run `aws`, rather than the suite being skipped.
      expect(probe.error ?? probe.status).toBeTruthy();
      console.warn('aws CLI not found; the AWS CLI flow was not exercised');
    });
    return;
  }

  let system: RunningSystem;
  let dir: string;
  let env: NodeJS.ProcessEnv;

  /** Runs `aws apigateway <args>` with test credentials and no config files; resolves with the exit code. */
  function aws(...args: string[]): Promise<CliResult> {
    return new Promise((resolve) => {
      execFile('aws', ['apigateway', '--endpoint-url', system.controlPlaneUrl, '--output', 'json', ...args], { env, cwd: dir, timeout: 60_000 }, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      });
    });
  }

  async function awsJson<T = Record<string, unknown>>(...args: string[]): Promise<T> {
    const result = await aws(...args);
    if (result.code !== 0) throw new Error(`aws ${args.join(' ')} exited ${result.code}: ${result.stderr}\n${system.logs()}`);
    return (result.stdout.trim() === '' ? {} : JSON.parse(result.stdout)) as T;
  }

  beforeAll(async () => {
    system = await startSystem();
    dir = mkdtempSync(join(tmpdir(), 'tollgate-aws-cli-'));
    writeFileSync(join(dir, 'config'), '');
    writeFileSync(join(dir, 'credentials'), '');
    env = {
      PATH: process.env['PATH'],
      HOME: dir,
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: join(dir, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
      AWS_PAGER: '',
    };
  });

  afterAll(async () => {
    await system?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('create, put, deploy, invoke, export, import, put-rest-api, list and delete', async () => {
    const api = await awsJson<{ id: string; name: string; rootResourceId: string }>('create-rest-api', '--name', 'cli-flow', '--description', 'made by the AWS CLI');
    expect(api).toMatchObject({ name: 'cli-flow', id: expect.stringMatching(/^[a-z0-9]{10}$/) });

    const resources = await awsJson<{ items: Array<{ id: string; path: string }> }>('get-resources', '--rest-api-id', api.id);
    const root = resources.items.find((r) => r.path === '/');
    expect(root?.id).toBe(api.rootResourceId);

    const hello = await awsJson<{ id: string; path: string }>('create-resource', '--rest-api-id', api.id, '--parent-id', root!.id, '--path-part', 'hello');
    expect(hello.path).toBe('/hello');
    const target = ['--rest-api-id', api.id, '--resource-id', hello.id, '--http-method', 'GET'];
    expect(await awsJson('put-method', ...target, '--authorization-type', 'NONE')).toMatchObject({ httpMethod: 'GET', authorizationType: 'NONE' });
    expect(await awsJson('put-integration', ...target, '--type', 'MOCK', '--request-templates', JSON.stringify({ 'application/json': '{"statusCode": 200}' })))
      .toMatchObject({ type: 'MOCK' });
    expect(await awsJson('put-method-response', ...target, '--status-code', '200')).toMatchObject({ statusCode: '200' });
    expect(await awsJson('put-integration-response', ...target, '--status-code', '200', '--response-templates', JSON.stringify({ 'application/json': '{"hello": "cli"}' })))
      .toMatchObject({ statusCode: '200' });

    const deployment = await awsJson<{ id: string }>('create-deployment', '--rest-api-id', api.id, '--stage-name', 'dev');
    expect(deployment.id).toMatch(/^[a-z0-9]{10}$/);

    const host = `${api.id}.execute-api.us-east-1.localhost`;
    const served = await eventually(() => invokeHttps(system.dataPlaneHttpsPort, host, '/dev/hello'), (r) => r.status === 200)
      .catch((e: Error) => { throw new Error(`${e.message}\n${system.logs()}`); });
    expect(JSON.parse(served.body)).toEqual({ hello: 'cli' });

    const exported = await awsJson<{ contentType: string; contentDisposition: string }>(
      'get-export', '--rest-api-id', api.id, '--stage-name', 'dev', '--export-type', 'oas30', '--parameters', 'extensions=integrations', 'out.json',
    );
    expect(exported.contentType).toBe('application/json');
    expect(exported.contentDisposition).toMatch(/^attachment; filename="oas30_.+\.json"$/);
    const document = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as { openapi: string; info: { title: string }; paths: Record<string, Record<string, Record<string, unknown>>> };
    expect(document).toMatchObject({ openapi: '3.0.1', info: { title: 'cli-flow' } });
    expect(document.paths['/hello']?.['get']?.['x-amazon-apigateway-integration']).toMatchObject({ type: 'mock' });

    const imported = await awsJson<{ id: string; name: string }>('import-rest-api', '--body', 'fileb://out.json');
    expect(imported.name).toBe('cli-flow');
    expect(imported.id).not.toBe(api.id);
    const importedResources = await awsJson<{ items: Array<{ path: string; resourceMethods?: Record<string, unknown> }> }>('get-resources', '--rest-api-id', imported.id, '--embed', 'methods');
    expect(importedResources.items.map((r) => r.path).sort()).toEqual(['/', '/hello']);

    writeFileSync(join(dir, 'replace.json'), JSON.stringify({
      openapi: '3.0.1', info: { title: 'cli-replaced', version: '2' },
      paths: { '/bye': { get: { responses: { 200: { description: 'ok' } }, 'x-amazon-apigateway-integration': { type: 'mock', requestTemplates: { 'application/json': '{"statusCode": 200}' } } } } },
    }));
    const replaced = await awsJson<{ id: string; name: string }>('put-rest-api', '--rest-api-id', imported.id, '--mode', 'overwrite', '--body', 'fileb://replace.json');
    expect(replaced).toMatchObject({ id: imported.id, name: 'cli-replaced' });
    const afterPut = await awsJson<{ items: Array<{ path: string }> }>('get-resources', '--rest-api-id', imported.id);
    expect(afterPut.items.map((r) => r.path).sort()).toEqual(['/', '/bye']);

    // No --limit: the CLI then pages through every API of the shared default account (oldest first), so the
    // two new ones are found however many earlier runs left behind.
    const listed = await awsJson<{ items: Array<{ id: string }> }>('get-rest-apis', '--page-size', '100');
    expect(listed.items.map((a) => a.id)).toEqual(expect.arrayContaining([api.id, imported.id]));

    for (const id of [api.id, imported.id]) expect((await aws('delete-rest-api', '--rest-api-id', id)).code).toBe(0);
    const gone = await aws('get-rest-api', '--rest-api-id', api.id);
    expect(gone.code).not.toBe(0);
    expect(gone.stderr).toContain('NotFoundException');
  });

  it('reports import errors the way AWS does (BadRequestException, non-zero exit)', async () => {
    writeFileSync(join(dir, 'v31.json'), JSON.stringify({ openapi: '3.1.0', info: { title: 'x', version: '1' }, paths: {} }));
    const refused = await aws('import-rest-api', '--body', 'fileb://v31.json');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('BadRequestException');
    expect(refused.stderr).toContain("Unable to determine OAS version from '3.1.0'");
  });
});
