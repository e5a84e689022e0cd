import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Observable } from 'rxjs';
import type { ControlPlaneRequest } from './control-plane-request';
import { ACCEPTS_NON_JSON_BODY } from './raw-body.decorator';
import { RequestErrorCode } from './request.error';

/** Raises body problems recorded by jsonBodyMiddleware; interceptors run after guards, so auth errors come first. */
@Injectable()
export class BodyErrorInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const error = context.switchToHttp().getRequest<ControlPlaneRequest>().bodyError;
    if (error) {
      const lenient = this.reflector.getAllAndOverride<boolean>(ACCEPTS_NON_JSON_BODY, [context.getHandler(), context.getClass()]);
      if (!lenient || error.code !== RequestErrorCode.MalformedJson) throw error;
    }
    return next.handle();
  }
}
