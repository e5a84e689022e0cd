import { createPrivateKey, X509Certificate } from 'node:crypto';
import {
  type APIGatewayClient,
  CreateVpcLinkCommand,
  DeleteClientCertificateCommand,
  DeleteVpcLinkCommand,
  GenerateClientCertificateCommand,
  GetClientCertificateCommand,
  GetClientCertificatesCommand,
  GetVpcLinkCommand,
  GetVpcLinksCommand,
  UpdateClientCertificateCommand,
  UpdateVpcLinkCommand,
} from '@aws-sdk/client-api-gateway';
import { createTestAccount, failure, type RunningControlPlane, sdkClient, withControlPlane } from './harness';
import { discardingJobProducer } from './surface-fixtures';

const NLB = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/my-nlb/50dc6c495c0c9188';

describe('ClientCertificates and VpcLinks (real SDK, real Postgres)', () => {
  let cp: RunningControlPlane;
  let client: APIGatewayClient;
  let other: APIGatewayClient;

  withControlPlane({ jobProducer: discardingJobProducer(), setup: (f) => {
    ({ cp, client, other } = f);
  } });

  describe('client certificates', () => {
    it('generates a real self-signed certificate valid for a year and keeps its private key', async () => {
      const created = await client.send(new GenerateClientCertificateCommand({ description: 'to backend', tags: { team: 'edge' } }));
      expect(created.$metadata.httpStatusCode).toBe(201);
      expect(created.clientCertificateId).toMatch(/^[a-z0-9]{10}$/);
      expect(created.description).toBe('to backend');
      expect(created.tags).toEqual({ team: 'edge' });
      const certificate = new X509Certificate(created.pemEncodedCertificate!);
      expect(certificate.subject).toContain('CN=ApiGateway');
      const days = (created.expirationDate!.getTime() - created.createdDate!.getTime()) / 86_400_000;
      expect(days).toBe(365);
      expect(JSON.stringify(created)).not.toContain('PRIVATE KEY');

      const [row] = await cp.dataSource.query('SELECT private_key FROM client_certificates WHERE id = $1', [created.clientCertificateId]);
      expect(certificate.checkPrivateKey(createPrivateKey(row.private_key as string))).toBe(true);
    });

    it('gets, lists with paging, updates the description and deletes', async () => {
      const account = sdkClient(cp.url, await createTestAccount(cp.dataSource));
      const a = await account.send(new GenerateClientCertificateCommand({}));
      const b = await account.send(new GenerateClientCertificateCommand({ description: 'b' }));
      const got = await account.send(new GetClientCertificateCommand({ clientCertificateId: a.clientCertificateId }));
      expect(got.pemEncodedCertificate).toBe(a.pemEncodedCertificate);
      expect(got.description).toBeUndefined();

      const first = await account.send(new GetClientCertificatesCommand({ limit: 1 }));
      expect(first.items?.map((c) => c.clientCertificateId)).toEqual([a.clientCertificateId]);
      const second = await account.send(new GetClientCertificatesCommand({ limit: 1, position: first.position }));
      expect(second.items?.map((c) => c.clientCertificateId)).toEqual([b.clientCertificateId]);
      expect(second.position).toBeUndefined();

      const updated = await account.send(new UpdateClientCertificateCommand({
        clientCertificateId: a.clientCertificateId, patchOperations: [{ op: 'replace', path: '/description', value: 'renamed' }],
      }));
      expect(updated.description).toBe('renamed');
      expect((await failure(account.send(new UpdateClientCertificateCommand({
        clientCertificateId: a.clientCertificateId, patchOperations: [{ op: 'replace', path: '/pemEncodedCertificate', value: 'x' }],
      }))))).toMatchObject({ name: 'BadRequestException', message: expect.stringContaining("Invalid patch path '/pemEncodedCertificate'") });

      const deleted = await account.send(new DeleteClientCertificateCommand({ clientCertificateId: a.clientCertificateId }));
      expect(deleted.$metadata.httpStatusCode).toBe(202);
      expect(await failure(account.send(new GetClientCertificateCommand({ clientCertificateId: a.clientCertificateId })))).toEqual({
        name: 'NotFoundException', message: 'Invalid Client Certificate identifier specified', status: 404,
      });
      account.destroy();
    });

    it("keeps each account's certificates to itself", async () => {
      const mine = await client.send(new GenerateClientCertificateCommand({}));
      const id = mine.clientCertificateId;
      for (const call of [
        other.send(new GetClientCertificateCommand({ clientCertificateId: id })),
        other.send(new UpdateClientCertificateCommand({ clientCertificateId: id, patchOperations: [{ op: 'replace', path: '/description', value: 'x' }] })),
        other.send(new DeleteClientCertificateCommand({ clientCertificateId: id })),
      ]) {
        expect(await failure(call)).toMatchObject({ name: 'NotFoundException' });
      }
      const theirs = await other.send(new GetClientCertificatesCommand({}));
      expect(theirs.items?.map((c) => c.clientCertificateId)).not.toContain(id);
    });
  });

  describe('VPC links', () => {
    it('creates an AVAILABLE link (202), gets, lists, updates and deletes it', async () => {
      const created = await client.send(new CreateVpcLinkCommand({ name: 'to-nlb', description: 'd', targetArns: [NLB], tags: { a: 'b' } }));
      expect(created.$metadata.httpStatusCode).toBe(202);
      expect(created).toMatchObject({ name: 'to-nlb', description: 'd', targetArns: [NLB], status: 'AVAILABLE', tags: { a: 'b' } });
      const id = created.id!;
      expect(await client.send(new GetVpcLinkCommand({ vpcLinkId: id }))).toMatchObject({ id, status: 'AVAILABLE', statusMessage: expect.any(String) });
      expect((await client.send(new GetVpcLinksCommand({}))).items?.map((l) => l.id)).toContain(id);

      const updated = await client.send(new UpdateVpcLinkCommand({ vpcLinkId: id, patchOperations: [
        { op: 'replace', path: '/name', value: 'renamed' }, { op: 'remove', path: '/description' },
      ] }));
      expect(updated.name).toBe('renamed');
      expect(updated.description).toBeUndefined();

      expect((await client.send(new DeleteVpcLinkCommand({ vpcLinkId: id }))).$metadata.httpStatusCode).toBe(202);
      expect(await failure(client.send(new GetVpcLinkCommand({ vpcLinkId: id })))).toEqual({
        name: 'NotFoundException', message: 'Invalid VPC Link identifier specified', status: 404,
      });
    });

    it.each<[string, { name?: string; targetArns?: string[] }, RegExp]>([
      ['no target', { name: 'x' }, /'targetArns' failed to satisfy constraint/],
      ['a target that is not an NLB', { name: 'x', targetArns: ['arn:aws:s3:::bucket'] }, /Invalid target ARN specified/],
      ['two targets', { name: 'x', targetArns: [NLB, NLB] }, /Exactly one target ARN/],
      ['no name', { targetArns: [NLB] }, /'name' failed to satisfy constraint/],
    ])('refuses a link with %s', async (_case, input, message) => {
      const error = await failure(client.send(new CreateVpcLinkCommand(input as { name: string; targetArns: string[] })));
      expect(error.name).toBe('BadRequestException');
      expect(error.message).toMatch(message);
    });

    it("keeps each account's links to itself", async () => {
      const link = await client.send(new CreateVpcLinkCommand({ name: 'mine', targetArns: [NLB] }));
      expect(await failure(other.send(new GetVpcLinkCommand({ vpcLinkId: link.id })))).toMatchObject({ name: 'NotFoundException' });
      expect(await failure(other.send(new DeleteVpcLinkCommand({ vpcLinkId: link.id })))).toMatchObject({ name: 'NotFoundException' });
      expect((await other.send(new GetVpcLinksCommand({}))).items?.map((l) => l.id)).not.toContain(link.id);
    });
  });
});
