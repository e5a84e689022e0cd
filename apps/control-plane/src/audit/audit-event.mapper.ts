import type { AuditEventEntity } from '@tollgate/persistence';

/** One event as `GET /tollgate/audit-events` lists it (CloudTrail record names where CloudTrail has one). */
export interface AuditEvent {
  eventId: string;
  eventTime: string;
  eventSource: 'apigateway.amazonaws.com';
  eventName: string;
  awsRegion: string;
  userIdentity: { accountId: string; accessKeyId: string };
  sourceIPAddress?: string;
  userAgent?: string;
  requestId?: string;
  httpMethod: string;
  path: string;
  resourceArn?: string;
  requestParameters?: Record<string, unknown>;
  statusCode: number;
  errorCode?: string;
  errorMessage?: string;
}

export function toAuditEvent(entity: AuditEventEntity): AuditEvent {
  const event: AuditEvent = {
    eventId: entity.id,
    eventTime: entity.eventTime.toISOString(),
    eventSource: 'apigateway.amazonaws.com',
    eventName: entity.eventName,
    awsRegion: entity.region,
    userIdentity: { accountId: entity.accountId, accessKeyId: entity.accessKeyId },
    httpMethod: entity.httpMethod,
    path: entity.path,
    statusCode: entity.statusCode,
  };
  if (entity.sourceIpAddress !== null) event.sourceIPAddress = entity.sourceIpAddress;
  if (entity.userAgent !== null) event.userAgent = entity.userAgent;
  if (entity.requestId !== null) event.requestId = entity.requestId;
  if (entity.resourceArn !== null) event.resourceArn = entity.resourceArn;
  if (entity.requestParameters !== null) event.requestParameters = entity.requestParameters;
  if (entity.errorCode !== null) event.errorCode = entity.errorCode;
  if (entity.errorMessage !== null) event.errorMessage = entity.errorMessage;
  return event;
}
