import { parseResourceArn } from './resource-arn';

describe('parseResourceArn', () => {
  it.each<[string, ReturnType<typeof parseResourceArn>]>([
    ['arn:aws:apigateway:us-east-1::/restapis/a1', { region: 'us-east-1', target: { kind: 'restapi', restApiId: 'a1' } }],
    ['arn:aws:apigateway:eu-west-1::/restapis/a1/stages/prod', { region: 'eu-west-1', target: { kind: 'stage', restApiId: 'a1', stageName: 'prod' } }],
    ['arn:aws:apigateway:us-east-1::/apikeys/k', { region: 'us-east-1', target: { kind: 'apikey', id: 'k' } }],
    ['arn:aws:apigateway:us-east-1::/usageplans/p', { region: 'us-east-1', target: { kind: 'usageplan', id: 'p' } }],
    ['arn:aws:apigateway:us-east-1::/domainnames/API.Example.com', { region: 'us-east-1', target: { kind: 'domainname', domainName: 'api.example.com' } }],
    ['arn:aws:apigateway:us-east-1::/clientcertificates/c', { region: 'us-east-1', target: { kind: 'clientcertificate', id: 'c' } }],
    ['arn:aws-cn:apigateway:cn-north-1::/vpclinks/v', { region: 'cn-north-1', target: { kind: 'vpclink', id: 'v' } }],
    ['arn:aws:apigateway:us-east-1::/restapis/a1/resources/r', undefined],
    ['arn:aws:apigateway:us-east-1::/restapis/', undefined],
    ['arn:aws:apigateway:us-east-1::/models/m', undefined],
    ['arn:aws:s3:::bucket', undefined],
    ['not-an-arn', undefined],
  ])('%s', (arn, expected) => {
    expect(parseResourceArn(arn)).toEqual(expected);
  });
});
