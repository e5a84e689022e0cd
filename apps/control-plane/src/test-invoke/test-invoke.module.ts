import { Module } from '@nestjs/common';
import pino from 'pino';
import { UndiciUpstreamClient } from '@tollgate/execute-api';
import { ClientCertificateRepository, RestApiGraphRepository } from '@tollgate/persistence';
import type { ControlPlaneConfig, LogLevel } from '../config/control-plane.config';
import { CONTROL_PLANE_CONFIG } from '../config/control-plane-config.token';
import { repositoryProvider as repository } from '../database/repository.provider';
import { TestInvokeController } from './test-invoke.controller';
import { TestInvokeService } from './test-invoke.service';
import { TEST_INVOKE_LOGGER, TEST_INVOKE_UPSTREAM } from './test-invoke.tokens';

/** CP_LOG_LEVEL (Nest's names) in pino's terms. */
const PINO_LEVELS: Record<LogLevel, string> = { error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };

@Module({
  controllers: [TestInvokeController],
  providers: [
    repository(RestApiGraphRepository),
    repository(ClientCertificateRepository),
    // A small pool: test invocations are interactive, not traffic.
    { provide: TEST_INVOKE_UPSTREAM, useFactory: () => new UndiciUpstreamClient({ connectionsPerOrigin: 8 }) },
    { provide: TEST_INVOKE_LOGGER, useFactory: (config: ControlPlaneConfig) => pino({ level: PINO_LEVELS[config.logLevel] }), inject: [CONTROL_PLANE_CONFIG] },
    TestInvokeService,
  ],
})
export class TestInvokeModule {}
