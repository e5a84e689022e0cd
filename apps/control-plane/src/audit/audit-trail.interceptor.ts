import { randomUUID } from 'node:crypto';
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { AuditEventEntity } from '@tollgate/persistence';
import type { Response } from 'express';
import { type Observable, tap } from 'rxjs';
import { ApiError } from '../common/api-error';
import type { ControlPlaneRequest } from '../common/control-plane-request';
import { operationName } from './audit-operations';
import { auditRequestParameters } from './audit-redaction';
import { auditTargetArn } from './audit-target-arn';
import { AuditRecorderService } from './audit-recorder.service';

const MUTATING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CloudTrail for the control plane: every authenticated mutating call, successful or failed, becomes one
 * audit event. Registered once, app-wide (APP_INTERCEPTOR), so every feature is covered. The row is
 * written after the response has gone out (on `close`), off the call's path, so auditing adds no latency
 * and its failures never reach the caller.
 */
@Injectable()
export class AuditTrailInterceptor implements NestInterceptor {
  constructor(private readonly recorder: AuditRecorderService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<ControlPlaneRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const caller = request.user;
    if (!caller || !MUTATING_METHODS.has(request.method)) return next.handle();

    const eventTime = new Date();
    const outcome: { value?: unknown; errorMessage?: string } = {};
    response.once('close', () => {
      this.recorder.record(() => this.toEvent(request, response, eventTime, outcome));
    });
    return next.handle().pipe(tap({
      next: (value: unknown) => { outcome.value = value; },
      // Only our own modeled errors carry a message meant for callers; anything else stays out of the trail.
      error: (error: unknown) => { outcome.errorMessage = error instanceof ApiError ? error.message : undefined; },
    }));
  }

  private toEvent(request: ControlPlaneRequest, response: Response, eventTime: Date, outcome: { value?: unknown; errorMessage?: string }): AuditEventEntity {
    const caller = request.user!;
    const routePattern = typeof request.route?.path === 'string' ? request.route.path : request.path;
    const mode = typeof request.query.mode === 'string' ? request.query.mode : undefined;
    const eventName = operationName(request.method, routePattern, mode);
    const segments = request.path.split('/').filter((segment) => segment !== '').map(safeDecode);
    const errorType = response.getHeader('x-amzn-ErrorType');
    const userAgent = request.headers['user-agent'];
    const requestId = response.getHeader('x-amzn-RequestId');
    return {
      id: randomUUID(),
      accountId: caller.accountId,
      region: caller.region,
      accessKeyId: caller.accessKeyId,
      eventName: eventName.slice(0, 128),
      eventTime,
      httpMethod: request.method,
      path: request.path.slice(0, 2048),
      resourceArn: auditTargetArn(caller.region, segments, /\/:[A-Za-z0-9_]+$/.test(routePattern), eventName, outcome.value),
      requestParameters: auditRequestParameters({
        path: request.path,
        params: request.params as Record<string, string>,
        query: request.query as Record<string, unknown>,
        body: request.body,
        rawBodyBytes: request.rawBody?.length ?? 0,
      }),
      statusCode: response.statusCode,
      errorCode: typeof errorType === 'string' ? errorType.slice(0, 128) : null,
      errorMessage: response.statusCode >= 400 ? outcome.errorMessage ?? null : null,
      sourceIpAddress: (request.ip ?? request.socket.remoteAddress ?? null)?.slice(0, 64) ?? null,
      userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 1024) : null,
      requestId: typeof requestId === 'string' ? requestId.slice(0, 64) : null,
    };
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
