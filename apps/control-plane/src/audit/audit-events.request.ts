import type { AuditEventQuery } from '@tollgate/persistence';
import { AuditError } from './audit.error';

export const DEFAULT_MAX_RESULTS = 50;
export const MAX_MAX_RESULTS = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface AuditEventsQueryInput {
  startTime?: unknown;
  endTime?: unknown;
  operation?: unknown;
  maxResults?: unknown;
  nextToken?: unknown;
}

/** `GET /tollgate/audit-events` query: times are ISO 8601 or epoch seconds; `nextToken` is opaque. */
export function parseAuditEventsQuery(input: AuditEventsQueryInput): AuditEventQuery {
  const startTime = parseTime(input.startTime, 'startTime');
  const endTime = parseTime(input.endTime, 'endTime');
  if (startTime && endTime && startTime > endTime) throw AuditError.invalid('startTime must not be after endTime');
  const operation = single(input.operation, 'operation');
  if (operation !== undefined && !/^[A-Za-z]{1,128}$/.test(operation)) throw AuditError.invalid(`Invalid operation: ${operation}`);
  return { startTime, endTime, eventName: operation, limit: parseMaxResults(input.maxResults), before: parseToken(input.nextToken) };
}

export function encodeNextToken(last: { eventTime: Date; id: string }): string {
  return Buffer.from(`${last.eventTime.getTime()}.${last.id}`, 'utf8').toString('base64url');
}

function single(value: unknown, name: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw AuditError.invalid(`'${name}' must be given once`);
  return value;
}

function parseTime(value: unknown, name: string): Date | undefined {
  const text = single(value, name);
  if (text === undefined) return undefined;
  const date = /^\d+(\.\d+)?$/.test(text) ? new Date(Number(text) * 1000) : new Date(text);
  if (Number.isNaN(date.getTime())) throw AuditError.invalid(`Invalid '${name}': ${text}. Use ISO 8601 or epoch seconds`);
  return date;
}

function parseMaxResults(value: unknown): number {
  const text = single(value, 'maxResults');
  if (text === undefined) return DEFAULT_MAX_RESULTS;
  const count = Number(text);
  if (!/^\d+$/.test(text) || count < 1 || count > MAX_MAX_RESULTS) throw AuditError.invalid(`'maxResults' must be an integer from 1 to ${MAX_MAX_RESULTS}`);
  return count;
}

function parseToken(value: unknown): { eventTime: Date; id: string } | undefined {
  const text = single(value, 'nextToken');
  if (text === undefined) return undefined;
  const match = /^(\d{1,15})\.(.+)$/.exec(Buffer.from(text, 'base64url').toString('utf8'));
  if (!match || !UUID.test(match[2])) throw AuditError.invalid('Invalid nextToken');
  return { eventTime: new Date(Number(match[1])), id: match[2] };
}
