import {
  type APIGatewayClient,
  CreateApiKeyCommand,
  CreateDomainNameCommand,
  CreateUsagePlanCommand,
  CreateVpcLinkCommand,
  GenerateClientCertificateCommand,
  GetApiKeyCommand,
  GetClientCertificateCommand,
  GetDomainNameCommand,
  GetRestApiCommand,
  GetStageCommand,
  GetTagsCommand,
  GetUsagePlanCommand,
  GetVpcLinkCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-api-gateway';
import { randomUUID } from 'node:crypto';
import { failure, withControlPlane } from './harness';
import { createDeployedStage, discardingJobProducer } from './surface-fixtures';

const ARN = 'arn:aws:apigateway:us-east-1::';

describe('Tags by ARN (real SDK, real Postgres)', () => {
  let client: APIGatewayClient;
  let other: APIGatewayClient;

  withControlPlane({ jobProducer: discardingJobProducer(), setup: (f) => {
    ({ client, other } = f);
  } });

  it('tags, reads and untags every taggable resource, and their own Get* reports the tags', async () => {
    const { restApiId } = await createDeployedStage(client, 'prod');
    const key = await client.send(new CreateApiKeyCommand({ name: 'k' }));
    const plan = await client.send(new CreateUsagePlanCommand({ name: 'p' }));
    const domainName = `tags-${randomUUID().slice(0, 8)}.example.com`;
    await client.send(new CreateDomainNameCommand({ domainName, certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc-123' }));
    const certificate = await client.send(new GenerateClientCertificateCommand({}));
    const link = await client.send(new CreateVpcLinkCommand({ name: 'l', targetArns: ['arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/n/1'] }));

    const resources: Array<[string, () => Promise<{ tags?: Record<string, string> }>]> = [
      [`/restapis/${restApiId}`, () => client.send(new GetRestApiCommand({ restApiId }))],
      [`/restapis/${restApiId}/stages/prod`, () => client.send(new GetStageCommand({ restApiId, stageName: 'prod' }))],
      [`/apikeys/${key.id}`, () => client.send(new GetApiKeyCommand({ apiKey: key.id }))],
      [`/usageplans/${plan.id}`, () => client.send(new GetUsagePlanCommand({ usagePlanId: plan.id }))],
      [`/domainnames/${domainName}`, () => client.send(new GetDomainNameCommand({ domainName }))],
      [`/clientcertificates/${certificate.clientCertificateId}`, () => client.send(new GetClientCertificateCommand({ clientCertificateId: certificate.clientCertificateId }))],
      [`/vpclinks/${link.id}`, () => client.send(new GetVpcLinkCommand({ vpcLinkId: link.id }))],
    ];
    for (const [path, read] of resources) {
      const resourceArn = `${ARN}${path}`;
      const tagged = await client.send(new TagResourceCommand({ resourceArn, tags: { team: 'edge', env: 'dev' } }));
      expect(tagged.$metadata.httpStatusCode).toBe(204);
      await client.send(new TagResourceCommand({ resourceArn, tags: { env: 'prod' } }));
      expect((await client.send(new GetTagsCommand({ resourceArn }))).tags).toEqual({ team: 'edge', env: 'prod' });
      expect((await read()).tags).toEqual({ team: 'edge', env: 'prod' });

      const untagged = await client.send(new UntagResourceCommand({ resourceArn, tagKeys: ['team', 'absent'] }));
      expect(untagged.$metadata.httpStatusCode).toBe(204);
      expect((await client.send(new GetTagsCommand({ resourceArn }))).tags).toEqual({ env: 'prod' });
      expect((await read()).tags).toEqual({ env: 'prod' });

      // Another account cannot see or change this resource's tags.
      expect(await failure(other.send(new GetTagsCommand({ resourceArn })))).toEqual({ name: 'NotFoundException', message: 'Invalid resource identifier specified', status: 404 });
      expect(await failure(other.send(new TagResourceCommand({ resourceArn, tags: { x: 'y' } })))).toMatchObject({ name: 'NotFoundException' });
      expect(await failure(other.send(new UntagResourceCommand({ resourceArn, tagKeys: ['env'] })))).toMatchObject({ name: 'NotFoundException' });
    }
  });

  it.each<[string, string]>([
    ['a missing REST API', `${ARN}/restapis/abcdefghij`],
    ['a missing stage', `${ARN}/restapis/abcdefghij/stages/prod`],
    ['a missing VPC link', `${ARN}/vpclinks/abcdefghij`],
    ['a resource in another region', 'arn:aws:apigateway:eu-west-1::/restapis/abcdefghij'],
  ])('answers NotFoundException for %s', async (_case, resourceArn) => {
    expect(await failure(client.send(new GetTagsCommand({ resourceArn })))).toEqual({ name: 'NotFoundException', message: 'Invalid resource identifier specified', status: 404 });
  });

  it.each<[string, string]>([
    ['not an ARN', 'hello'],
    ['another service', 'arn:aws:s3:::bucket'],
    ['an untaggable resource', `${ARN}/restapis/abcdefghij/resources/xyz`],
  ])('answers BadRequestException for %s', async (_case, resourceArn) => {
    expect(await failure(client.send(new GetTagsCommand({ resourceArn })))).toEqual({ name: 'BadRequestException', message: 'Invalid ARN specified in the request', status: 400 });
  });

  it('refuses invalid tags', async () => {
    const { restApiId } = await createDeployedStage(client, 'bad');
    const resourceArn = `${ARN}/restapis/${restApiId}`;
    expect(await failure(client.send(new TagResourceCommand({ resourceArn, tags: { 'aws:owner': 'x' } })))).toMatchObject({
      name: 'BadRequestException', message: expect.stringContaining("must not start with 'aws:'"),
    });
    expect(await failure(client.send(new TagResourceCommand({ resourceArn, tags: { k: 'v'.repeat(257) } })))).toMatchObject({ name: 'BadRequestException' });
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']));
    expect(await failure(client.send(new TagResourceCommand({ resourceArn, tags: many })))).toMatchObject({
      name: 'BadRequestException', message: 'A resource can have at most 50 tags',
    });
  });
});
