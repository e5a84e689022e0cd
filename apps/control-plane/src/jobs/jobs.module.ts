import { type DynamicModule, Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { BullJobProducer, JOB_PRODUCER, type JobProducer, ResilientJobProducer } from '@tollgate/jobs';

/**
 * Provides JOB_PRODUCER app-wide: BullMQ behind ResilientJobProducer by default (a failed enqueue is logged, not a
 * 500: the change is in Postgres and the worker's reconciler publishes it), or the producer a test passes in.
 */
@Global()
@Module({})
export class JobsModule implements OnApplicationShutdown {
  constructor(@Inject(JOB_PRODUCER) private readonly producer: JobProducer) {}

  static forRoot(options: { redisUrl: string; prefix: string; producer?: JobProducer }): DynamicModule {
    const producer = options.producer ?? new ResilientJobProducer(new BullJobProducer({ url: options.redisUrl, prefix: options.prefix }), { logger: new Logger('JobProducer') });
    return { module: JobsModule, providers: [{ provide: JOB_PRODUCER, useValue: producer }], exports: [JOB_PRODUCER] };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.producer.close();
  }
}
