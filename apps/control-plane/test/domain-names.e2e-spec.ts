import { generateKeyPairSync, randomUUID } from 'node:crypto';
import {
  type APIGatewayClient,
  CreateBasePathMappingCommand,
  CreateDomainNameCommand,
  DeleteBasePathMappingCommand,
  DeleteDomainNameCommand,
  DeleteRestApiCommand,
  GetBasePathMappingCommand,
  GetBasePathMappingsCommand,
  GetDomainNameCommand,
  GetDomainNamesCommand,
  UpdateBasePathMappingCommand,
  UpdateDomainNameCommand,
} from '@aws-sdk/client-api-gateway';
import { generate } from 'selfsigned';
import { createTestAccount, failure, type RunningControlPlane, sdkClient, withControlPlane } from './harness';
import { createDeployedStage, discardingJobProducer } from './surface-fixtures';

const ACM = 'arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012';

describe('DomainNames and BasePathMappings (real SDK, real Postgres)', () => {
  let cp: RunningControlPlane;
  let client: APIGatewayClient;
  let other: APIGatewayClient;
  let pem: { cert: string; key: string };
  /** Unique per run: domain names are global across accounts. */
  const domain = (label: string): string => `${label}-${randomUUID().slice(0, 8)}.example.com`;

  withControlPlane({ jobProducer: discardingJobProducer(), setup: async (f) => {
    ({ cp, client, other } = f);
    const generated = await generate([{ name: 'commonName', value: '*.example.com' }], { keySize: 2048 });
    pem = { cert: generated.cert, key: generated.private };
  } });

  describe('domain names', () => {
    it('creates an EDGE domain from an uploaded certificate, stores the key and never returns it', async () => {
      const name = domain('edge');
      const created = await client.send(new CreateDomainNameCommand({
        domainName: name, certificateName: 'mine', certificateBody: pem.cert, certificatePrivateKey: pem.key, certificateChain: pem.cert, tags: { env: 'test' },
      }));
      expect(created.$metadata.httpStatusCode).toBe(201);
      expect(created).toMatchObject({
        domainName: name, certificateName: 'mine', endpointConfiguration: { types: ['EDGE'] }, domainNameStatus: 'AVAILABLE',
        securityPolicy: 'TLS_1_2', distributionHostedZoneId: 'Z2FDTNDATAQYW2', tags: { env: 'test' },
      });
      expect(created.distributionDomainName).toMatch(/^d[a-z0-9]{13}\.cloudfront\.net$/);
      expect(created.regionalDomainName).toBeUndefined();
      expect(created.certificateUploadDate).toBeInstanceOf(Date);
      expect(JSON.stringify(created)).not.toContain('PRIVATE KEY');
      const [row] = await cp.dataSource.query('SELECT certificate_body, certificate_private_key FROM domain_names WHERE domain_name = $1', [name]);
      expect(row).toEqual({ certificate_body: pem.cert, certificate_private_key: pem.key });

      const got = await client.send(new GetDomainNameCommand({ domainName: name }));
      expect(got.distributionDomainName).toBe(created.distributionDomainName);
      expect(JSON.stringify(got)).not.toContain('PRIVATE KEY');
    });

    it('creates a REGIONAL domain with an ACM certificate and mutual TLS, and updates it', async () => {
      const name = domain('regional');
      const created = await client.send(new CreateDomainNameCommand({
        domainName: name, regionalCertificateArn: ACM, endpointConfiguration: { types: ['REGIONAL'] }, securityPolicy: 'TLS_1_2',
        mutualTlsAuthentication: { truststoreUri: 's3://bucket/truststore.pem' },
      }));
      expect(created).toMatchObject({ regionalCertificateArn: ACM, regionalHostedZoneId: 'Z1UJRXOUMOOFQ8', mutualTlsAuthentication: { truststoreUri: 's3://bucket/truststore.pem' } });
      expect(created.regionalDomainName).toMatch(/^d-[a-z0-9]{10}\.execute-api\.us-east-1\.amazonaws\.com$/);
      expect(created.distributionDomainName).toBeUndefined();

      const updated = await client.send(new UpdateDomainNameCommand({ domainName: name, patchOperations: [
        { op: 'replace', path: '/regionalCertificateName', value: 'renamed' },
        { op: 'replace', path: '/mutualTlsAuthentication/truststoreVersion', value: 'v2' },
      ] }));
      expect(updated).toMatchObject({ regionalCertificateName: 'renamed', mutualTlsAuthentication: { truststoreUri: 's3://bucket/truststore.pem', truststoreVersion: 'v2' } });
      expect(await failure(client.send(new UpdateDomainNameCommand({ domainName: name, patchOperations: [{ op: 'replace', path: '/securityPolicy', value: 'TLS_1_0' }] })))).toMatchObject({
        name: 'BadRequestException', message: expect.stringContaining('TLS_1_2'),
      });
      expect(await failure(client.send(new UpdateDomainNameCommand({ domainName: name, patchOperations: [{ op: 'replace', path: '/domainName', value: 'x' }] })))).toMatchObject({
        name: 'BadRequestException', message: expect.stringContaining("Invalid patch path '/domainName'"),
      });
    });

    it.each<[string, () => Record<string, unknown>, RegExp]>([
      ['no domain name', () => ({ certificateArn: ACM }), /No Domain Name specified/],
      ['an invalid domain name', () => ({ domainName: 'not a domain', certificateArn: ACM }), /Invalid domain name specified/],
      ['no certificate', () => ({ domainName: domain('nocert') }), /A certificate is required for a EDGE domain name/],
      ['a certificate body that is not PEM', () => ({ domainName: domain('bad'), certificateBody: 'garbage', certificatePrivateKey: pem.key }), /Invalid certificate body/],
      ['a key that does not match the certificate', () => ({
        domainName: domain('mismatch'), certificateBody: pem.cert,
        certificatePrivateKey: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      }), /does not match the certificate body/],
      ['a body without its key', () => ({ domainName: domain('nokey'), certificateBody: pem.cert }), /'certificatePrivateKey' is required/],
      ['an unknown security policy', () => ({ domainName: domain('tls'), certificateArn: ACM, securityPolicy: 'TLS_9' }), /Invalid security policy specified: TLS_9/],
      ['mutual TLS on EDGE', () => ({ domainName: domain('mtls'), certificateArn: ACM, mutualTlsAuthentication: { truststoreUri: 's3://b/t.pem' } }), /only supported for REGIONAL/],
      ['a malformed certificate ARN', () => ({ domainName: domain('arn'), certificateArn: 'arn:nope' }), /Invalid certificate ARN/],
    ])('refuses a domain with %s', async (_case, input, message) => {
      const error = await failure(client.send(new CreateDomainNameCommand(input() as { domainName: string })));
      expect(error.name).toBe('BadRequestException');
      expect(error.message).toMatch(message);
    });

    it('refuses a duplicate name, even from another account, with ConflictException', async () => {
      const name = domain('dup');
      await client.send(new CreateDomainNameCommand({ domainName: name, certificateArn: ACM }));
      for (const caller of [client, other]) {
        expect(await failure(caller.send(new CreateDomainNameCommand({ domainName: name, certificateArn: ACM })))).toEqual({
          name: 'ConflictException', message: 'The domain name you provided already exists.', status: 409,
        });
      }
    });

    it('moves an EDGE domain to REGIONAL only with a regional certificate, and retargets it', async () => {
      const name = domain('move');
      await client.send(new CreateDomainNameCommand({ domainName: name, certificateArn: ACM }));
      const toRegional = { op: 'replace' as const, path: '/endpointConfiguration/types/0', value: 'REGIONAL' };
      expect(await failure(client.send(new UpdateDomainNameCommand({ domainName: name, patchOperations: [toRegional] })))).toMatchObject({
        name: 'BadRequestException', message: expect.stringContaining("set 'regionalCertificateArn'"),
      });
      const moved = await client.send(new UpdateDomainNameCommand({ domainName: name, patchOperations: [
        { op: 'replace', path: '/regionalCertificateArn', value: ACM }, toRegional,
      ] }));
      expect(moved).toMatchObject({ endpointConfiguration: { types: ['REGIONAL'] }, regionalCertificateArn: ACM });
      expect(moved.regionalDomainName).toMatch(/\.execute-api\.us-east-1\.amazonaws\.com$/);
      expect(moved.distributionDomainName).toBeUndefined();
    });

    it('lists by name with paging, deletes, and keeps accounts apart', async () => {
      const account = sdkClient(cp.url, await createTestAccount(cp.dataSource));
      const names = [domain('a'), domain('b'), domain('c')];
      for (const name of names) await account.send(new CreateDomainNameCommand({ domainName: name, certificateArn: ACM }));
      const first = await account.send(new GetDomainNamesCommand({ limit: 2 }));
      const second = await account.send(new GetDomainNamesCommand({ limit: 2, position: first.position }));
      expect([...(first.items ?? []), ...(second.items ?? [])].map((d) => d.domainName)).toEqual([...names].sort());
      expect(second.position).toBeUndefined();

      expect(await failure(other.send(new GetDomainNameCommand({ domainName: names[0] })))).toEqual({
        name: 'NotFoundException', message: 'Invalid domain name identifier specified', status: 404,
      });
      expect(await failure(other.send(new DeleteDomainNameCommand({ domainName: names[0] })))).toMatchObject({ name: 'NotFoundException' });
      expect((await other.send(new GetDomainNamesCommand({}))).items?.map((d) => d.domainName)).not.toContain(names[0]);

      expect((await account.send(new DeleteDomainNameCommand({ domainName: names[0] }))).$metadata.httpStatusCode).toBe(202);
      expect(await failure(account.send(new GetDomainNameCommand({ domainName: names[0] })))).toMatchObject({ name: 'NotFoundException' });
      account.destroy();
    });
  });

  describe('base path mappings', () => {
    it('maps (none) and named base paths to an API stage, updates, lists and deletes them', async () => {
      const name = domain('mapped');
      await client.send(new CreateDomainNameCommand({ domainName: name, certificateArn: ACM }));
      const { restApiId } = await createDeployedStage(client, 'prod');

      const root = await client.send(new CreateBasePathMappingCommand({ domainName: name, restApiId, stage: 'prod' }));
      expect(root.$metadata.httpStatusCode).toBe(201);
      expect(root).toMatchObject({ basePath: '(none)', restApiId, stage: 'prod' });
      const v1 = await client.send(new CreateBasePathMappingCommand({ domainName: name, basePath: 'v1', restApiId }));
      expect(v1).toMatchObject({ basePath: 'v1', restApiId });
      expect(v1.stage).toBeUndefined();

      expect(await client.send(new GetBasePathMappingCommand({ domainName: name, basePath: '(none)' }))).toMatchObject({ basePath: '(none)', stage: 'prod' });
      const listed = await client.send(new GetBasePathMappingsCommand({ domainName: name }));
      expect(listed.items?.map((m) => m.basePath)).toEqual(['(none)', 'v1']);

      const moved = await client.send(new UpdateBasePathMappingCommand({ domainName: name, basePath: 'v1', patchOperations: [
        { op: 'replace', path: '/basePath', value: 'v2' }, { op: 'replace', path: '/stage', value: 'prod' },
      ] }));
      expect(moved).toMatchObject({ basePath: 'v2', restApiId, stage: 'prod' });
      expect(await failure(client.send(new GetBasePathMappingCommand({ domainName: name, basePath: 'v1' })))).toEqual({
        name: 'NotFoundException', message: 'Invalid base path mapping identifier specified', status: 404,
      });

      expect((await client.send(new DeleteBasePathMappingCommand({ domainName: name, basePath: 'v2' }))).$metadata.httpStatusCode).toBe(202);
      expect((await client.send(new GetBasePathMappingsCommand({ domainName: name }))).items?.map((m) => m.basePath)).toEqual(['(none)']);

      // Deleting the API removes its mappings, as on AWS.
      await client.send(new DeleteRestApiCommand({ restApiId }));
      expect((await client.send(new GetBasePathMappingsCommand({ domainName: name }))).items).toEqual([]);
    });

    it('answers AWS errors for duplicates, unknown APIs and stages, slashes and unknown domains', async () => {
      const name = domain('errors');
      await client.send(new CreateDomainNameCommand({ domainName: name, certificateArn: ACM }));
      const { restApiId } = await createDeployedStage(client, 'live');
      await client.send(new CreateBasePathMappingCommand({ domainName: name, basePath: 'x', restApiId }));

      expect(await failure(client.send(new CreateBasePathMappingCommand({ domainName: name, basePath: 'x', restApiId })))).toEqual({
        name: 'ConflictException', message: 'Base path already exists for this domain name', status: 409,
      });
      expect(await failure(client.send(new CreateBasePathMappingCommand({ domainName: name, basePath: 'y', restApiId: 'nope000000' })))).toEqual({
        name: 'BadRequestException', message: 'Invalid REST API identifier specified', status: 400,
      });
      expect(await failure(client.send(new CreateBasePathMappingCommand({ domainName: name, basePath: 'y', restApiId, stage: 'missing' })))).toEqual({
        name: 'BadRequestException', message: 'Invalid stage identifier specified', status: 400,
      });
      expect(await failure(client.send(new CreateBasePathMappingCommand({ domainName: name, basePath: 'a/b', restApiId })))).toMatchObject({
        name: 'BadRequestException', message: expect.stringContaining("doesn't support the slash character"),
      });
      expect(await failure(client.send(new GetBasePathMappingsCommand({ domainName: domain('unknown') })))).toEqual({
        name: 'NotFoundException', message: 'Invalid domain name identifier specified', status: 404,
      });
      // Another account sees neither the domain nor its mappings, and cannot map its own API onto it.
      const { restApiId: theirApi } = await createDeployedStage(other, 'prod');
      expect(await failure(other.send(new GetBasePathMappingCommand({ domainName: name, basePath: 'x' })))).toMatchObject({ name: 'NotFoundException' });
      expect(await failure(other.send(new CreateBasePathMappingCommand({ domainName: name, basePath: 'z', restApiId: theirApi })))).toMatchObject({ name: 'NotFoundException' });
      // ...nor can this account map another account's API.
      expect(await failure(client.send(new CreateBasePathMappingCommand({ domainName: name, basePath: 'z', restApiId: theirApi })))).toMatchObject({
        name: 'BadRequestException', message: 'Invalid REST API identifier specified',
      });
    });
  });
});
