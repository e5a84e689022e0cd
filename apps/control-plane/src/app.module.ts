import { type DynamicModule, Module } from '@nestjs/common';
import type { JobProducer } from '@tollgate/jobs';
import { AuthModule } from './auth/auth.module';
import type { ControlPlaneConfig } from './config/control-plane.config';
import { CONTROL_PLANE_CONFIG } from './config/control-plane-config.token';
import { DatabaseModule } from './database/database.module';
import { FEATURE_MODULES } from './feature-modules';
import { JobsModule } from './jobs/jobs.module';

export interface ControlPlaneOverrides {
  /** Replaces the BullMQ producer (tests may pass an inline one). */
  jobProducer?: JobProducer;
}

@Module({})
export class AppModule {
  static forRoot(config: ControlPlaneConfig, overrides: ControlPlaneOverrides = {}): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        DatabaseModule.forRoot(config.database),
        JobsModule.forRoot({ redisUrl: config.redis.url, prefix: config.queue.prefix, producer: overrides.jobProducer }),
        AuthModule,
        ...FEATURE_MODULES,
      ],
      providers: [{ provide: CONTROL_PLANE_CONFIG, useValue: config }],
      exports: [CONTROL_PLANE_CONFIG],
    };
  }
}
