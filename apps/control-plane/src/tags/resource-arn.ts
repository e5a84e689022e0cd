import type { TagTarget } from '@tollgate/persistence';

export interface ParsedResourceArn {
  region: string;
  target: TagTarget;
}

const ARN = /^arn:aws[a-z-]*:apigateway:([a-z0-9-]+)::(\/.+)$/;

/**
 * Reads a taggable API Gateway ARN (`arn:aws:apigateway:{region}::/restapis/{id}[/stages/{name}]`,
 * `/apikeys/{id}`, `/usageplans/{id}`, `/domainnames/{name}`, `/clientcertificates/{id}`, `/vpclinks/{id}`);
 * undefined for anything else.
 */
export function parseResourceArn(arn: string): ParsedResourceArn | undefined {
  const match = ARN.exec(arn);
  if (!match) return undefined;
  const [, region, path] = match;
  const segments = path.slice(1).split('/');
  if (segments.some((segment) => segment === '')) return undefined;
  const target = toTarget(segments);
  return target && { region, target };
}

function toTarget(segments: string[]): TagTarget | undefined {
  const [collection, id, child, childId] = segments;
  if (collection === 'restapis' && segments.length === 2) return { kind: 'restapi', restApiId: id };
  if (collection === 'restapis' && segments.length === 4 && child === 'stages') return { kind: 'stage', restApiId: id, stageName: childId };
  if (segments.length !== 2) return undefined;
  switch (collection) {
    case 'apikeys': return { kind: 'apikey', id };
    case 'usageplans': return { kind: 'usageplan', id };
    case 'domainnames': return { kind: 'domainname', domainName: id.toLowerCase() };
    case 'clientcertificates': return { kind: 'clientcertificate', id };
    case 'vpclinks': return { kind: 'vpclink', id };
    default: return undefined;
  }
}
