const MAX_ARN_LENGTH = 2048;
/** Response fields that name what a create call (Create, Generate, Import) made, in the order AWS shapes use them. */
const CREATED_KEYS = ['id', 'clientCertificateId', 'stageName', 'domainName', 'basePath', 'name', 'version'];

/**
 * Best-effort ARN of the resource a call acted on. API Gateway ARNs mirror the REST paths
 * (`arn:aws:apigateway:{region}::/restapis/{id}/stages/{name}`), so the request path is the ARN's path;
 * for a create, the new resource's key (read from the response) is appended to the collection path, or
 * replaces the parent id (CreateResource posts to its parent). TagResource/UntagResource name the ARN.
 */
export function auditTargetArn(region: string, decodedSegments: string[], routeEndsWithParam: boolean, eventName: string, response: unknown): string {
  if (decodedSegments[0] === 'tags' && decodedSegments.length === 2) return decodedSegments[1].slice(0, MAX_ARN_LENGTH);
  let segments = decodedSegments;
  const created = /^(Create|Generate|Import)/.test(eventName) ? createdKey(response) : undefined;
  if (created !== undefined && eventName === 'CreateResource') segments = [...segments.slice(0, -1), created];
  else if (created !== undefined && !routeEndsWithParam) segments = [...segments, created];
  return `arn:aws:apigateway:${region}::/${segments.map(encodeSegment).join('/')}`.slice(0, MAX_ARN_LENGTH);
}

function createdKey(response: unknown): string | undefined {
  if (typeof response !== 'object' || response === null) return undefined;
  const record = response as Record<string, unknown>;
  for (const key of CREATED_KEYS) if (typeof record[key] === 'string' && record[key] !== '') return record[key] as string;
  return undefined;
}

/** Keeps ARNs one line and unambiguous: only `/` separates segments. */
function encodeSegment(segment: string): string {
  return segment.replace(/\//g, '%2F');
}
