import { randomUUID } from 'node:crypto';
import {
  type APIGatewayClient,
  CreateDomainNameAccessAssociationCommand,
  CreateDomainNameCommand,
  DeleteDomainNameAccessAssociationCommand,
  DeleteDomainNameCommand,
  GetDomainNameAccessAssociationsCommand,
  GetDomainNameCommand,
  RejectDomainNameAccessAssociationCommand,
} from '@aws-sdk/client-api-gateway';
import { failure, withControlPlane } from './harness';
import { discardingJobProducer } from './surface-fixtures';

const ACM = 'arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012';
const VPCE_A = 'vpce-0123456789abcdef0';
const VPCE_B = 'vpce-0fedcba9876543210';

describe('DomainNameAccessAssociations (real SDK, real Postgres)', () => {
  /** Owns the private domain names. */
  let owner: APIGatewayClient;
  let ownerAccountId: string;
  /** Owns the VPC endpoints and makes the associations. */
  let consumer: APIGatewayClient;
  let consumerAccountId: string;
  const domain = (label: string): string => `${label}-${randomUUID().slice(0, 8)}.example.com`;

  async function privateDomain(label: string): Promise<{ domainName: string; domainNameId: string; domainNameArn: string }> {
    const created = await owner.send(new CreateDomainNameCommand({ domainName: domain(label), certificateArn: ACM, endpointConfiguration: { types: ['PRIVATE'] } }));
    return { domainName: created.domainName!, domainNameId: created.domainNameId!, domainNameArn: created.domainNameArn! };
  }
  const associations = async (client: APIGatewayClient, resourceOwner?: 'SELF' | 'OTHER_ACCOUNTS') =>
    (await client.send(new GetDomainNameAccessAssociationsCommand({ resourceOwner }))).items ?? [];

  withControlPlane({ jobProducer: discardingJobProducer(), setup: (f) => {
    ({ client: owner, other: consumer } = f);
    ownerAccountId = f.account.accountId;
    consumerAccountId = f.otherAccount.accountId;
  } });

  it('a private domain name has a domainNameId and an account-scoped ARN', async () => {
    const created = await privateDomain('ids');
    expect(created.domainNameId).toMatch(/^[a-z0-9]{8}$/);
    expect(created.domainNameArn).toBe(`arn:aws:apigateway:us-east-1:${ownerAccountId}:/domainnames/${created.domainName}+${created.domainNameId}`);
    expect(await owner.send(new GetDomainNameCommand({ domainName: created.domainName }))).toMatchObject({ domainNameId: created.domainNameId, domainNameArn: created.domainNameArn });
  });

  it('creates, lists (SELF / OTHER_ACCOUNTS), refuses duplicates and deletes an association', async () => {
    const target = await privateDomain('assoc');
    const created = await consumer.send(new CreateDomainNameAccessAssociationCommand({
      domainNameArn: target.domainNameArn, accessAssociationSourceType: 'VPCE', accessAssociationSource: VPCE_A, tags: { team: 'edge' },
    }));
    const arn = `arn:aws:apigateway:us-east-1:${consumerAccountId}:/domainnameaccessassociations/domainname/${target.domainName}+${target.domainNameId}/vpcesource/${VPCE_A}`;
    expect({ ...created, $metadata: undefined }).toEqual({
      $metadata: undefined, domainNameAccessAssociationArn: arn, domainNameArn: target.domainNameArn,
      accessAssociationSourceType: 'VPCE', accessAssociationSource: VPCE_A, tags: { team: 'edge' },
    });
    expect(await failure(consumer.send(new CreateDomainNameAccessAssociationCommand({
      domainNameArn: target.domainNameArn, accessAssociationSourceType: 'VPCE', accessAssociationSource: VPCE_A,
    })))).toMatchObject({ name: 'ConflictException', status: 409 });

    expect((await associations(consumer)).map((a) => a.domainNameAccessAssociationArn)).toContain(arn);
    expect((await associations(consumer, 'OTHER_ACCOUNTS')).map((a) => a.domainNameAccessAssociationArn)).not.toContain(arn);
    expect((await associations(owner, 'OTHER_ACCOUNTS')).map((a) => a.domainNameAccessAssociationArn)).toContain(arn);
    expect((await associations(owner, 'SELF')).map((a) => a.domainNameAccessAssociationArn)).not.toContain(arn);

    // Only the account that made it deletes it.
    expect(await failure(owner.send(new DeleteDomainNameAccessAssociationCommand({ domainNameAccessAssociationArn: arn })))).toMatchObject({
      name: 'NotFoundException', status: 404, message: 'Invalid domain name access association identifier specified',
    });
    await consumer.send(new DeleteDomainNameAccessAssociationCommand({ domainNameAccessAssociationArn: arn }));
    expect((await associations(consumer)).map((a) => a.domainNameAccessAssociationArn)).not.toContain(arn);
    expect(await failure(consumer.send(new DeleteDomainNameAccessAssociationCommand({ domainNameAccessAssociationArn: arn })))).toMatchObject({ name: 'NotFoundException', status: 404 });
  });

  it('the domain owner rejects an association; deleting the domain name removes its associations', async () => {
    const target = await privateDomain('reject');
    const make = (source: string) => consumer.send(new CreateDomainNameAccessAssociationCommand({
      domainNameArn: target.domainNameArn, accessAssociationSourceType: 'VPCE', accessAssociationSource: source,
    }));
    const first = (await make(VPCE_A)).domainNameAccessAssociationArn!;
    const second = (await make(VPCE_B)).domainNameAccessAssociationArn!;
    const reject = (client: APIGatewayClient, arn: string) =>
      client.send(new RejectDomainNameAccessAssociationCommand({ domainNameAccessAssociationArn: arn, domainNameArn: target.domainNameArn }));
    // The consumer cannot reject its own association (it deletes it instead).
    expect(await failure(reject(consumer, first))).toMatchObject({ name: 'NotFoundException', status: 404 });
    await reject(owner, first);
    const left = (await associations(consumer)).map((a) => a.domainNameAccessAssociationArn);
    expect(left).toContain(second);
    expect(left).not.toContain(first);
    expect(await failure(reject(owner, first))).toMatchObject({ name: 'NotFoundException', status: 404 });

    await owner.send(new DeleteDomainNameCommand({ domainName: target.domainName }));
    expect((await associations(consumer)).map((a) => a.domainNameAccessAssociationArn)).not.toContain(second);
  });

  it('refuses bad input with BadRequestException naming the field, unknown domains with NotFoundException', async () => {
    const target = await privateDomain('bad');
    const publicDomain = await owner.send(new CreateDomainNameCommand({ domainName: domain('public'), regionalCertificateArn: ACM, endpointConfiguration: { types: ['REGIONAL'] } }));
    const create = (input: { domainNameArn?: string; accessAssociationSourceType?: string; accessAssociationSource?: string }) =>
      failure(consumer.send(new CreateDomainNameAccessAssociationCommand({
        domainNameArn: target.domainNameArn, accessAssociationSourceType: 'VPCE', accessAssociationSource: VPCE_A, ...input,
      } as ConstructorParameters<typeof CreateDomainNameAccessAssociationCommand>[0])));
    const cases: Array<[string, Parameters<typeof create>[0], RegExp]> = [
      ['a malformed ARN', { domainNameArn: 'not-an-arn' }, /'domainNameArn'/],
      ['a public domain name', { domainNameArn: publicDomain.domainNameArn }, /'domainNameArn'/],
      ['an unknown source type', { accessAssociationSourceType: 'VPC' }, /'accessAssociationSourceType'/],
      ['a source that is no VPC endpoint id', { accessAssociationSource: 'subnet-123' }, /'accessAssociationSource'/],
    ];
    for (const [label, input, message] of cases) {
      const error = await create(input);
      expect({ label, name: error.name, status: error.status }).toEqual({ label, name: 'BadRequestException', status: 400 });
      expect(error.message).toMatch(message);
    }
    expect(await create({ domainNameArn: target.domainNameArn.replace(/\+[a-z0-9]+$/, '+zzzzzzzz') })).toMatchObject({
      name: 'NotFoundException', status: 404, message: 'Invalid domain name identifier specified',
    });
    // The ARN must name the domain's real owner.
    expect(await create({ domainNameArn: target.domainNameArn.replace(`:${ownerAccountId}:`, `:${consumerAccountId}:`) })).toMatchObject({ name: 'NotFoundException', status: 404 });
    expect(await failure(consumer.send(new GetDomainNameAccessAssociationsCommand({ resourceOwner: 'EVERYONE' as 'SELF' })))).toMatchObject({
      name: 'BadRequestException', status: 400, message: expect.stringContaining("'resourceOwner'"),
    });
    expect(await failure(owner.send(new RejectDomainNameAccessAssociationCommand({ domainNameAccessAssociationArn: 'x', domainNameArn: 'bad' })))).toMatchObject({
      name: 'BadRequestException', status: 400,
    });
  });
});
