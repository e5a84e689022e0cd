import type { INestApplication, LogLevel as NestLogLevel } from '@nestjs/common';
import { NestFactory, Reflector } from '@nestjs/core';
import { AppModule, type ControlPlaneOverrides } from './app.module';
import { BodyErrorInterceptor } from './common/body-error.interceptor';
import { AwsExceptionFilter } from './common/aws-exception.filter';
import { jsonBodyMiddleware } from './common/json-body.middleware';
import { requestIdMiddleware } from './common/request-id.middleware';
import { type ControlPlaneConfig, LOG_LEVELS } from './config/control-plane.config';

/**
 * Builds the control plane, initialised but not listening, so tests can `listen(0)` in-process and
 * main.ts can bind CP_HOST:CP_PORT. Nest's body parsers are off: jsonBodyMiddleware keeps the raw bytes
 * for SigV4 and parses JSON whatever the Content-Type.
 */
export async function createControlPlaneApp(config: ControlPlaneConfig, overrides: ControlPlaneOverrides = {}): Promise<INestApplication> {
  const levels = LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(config.logLevel) + 1) as NestLogLevel[];
  const app = await NestFactory.create(AppModule.forRoot(config, overrides), { bodyParser: false, logger: levels, abortOnError: false });
  app.use(requestIdMiddleware);
  app.use(jsonBodyMiddleware(config.http.maxBodyBytes));
  app.useGlobalFilters(new AwsExceptionFilter());
  app.useGlobalInterceptors(new BodyErrorInterceptor(app.get(Reflector)));
  await app.init();
  return app;
}
