import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { BullJobProducer, JOB_PRODUCER, type JobProducer } from '@tollgate/jobs';

/** Provides JOB_PRODUCER app-wide: BullMQ by default, or the producer a test passes in. */
@Global()
@Module({})
export class JobsModule implements OnApplicationShutdown {
  constructor(@Inject(JOB_PRODUCER) private readonly producer: JobProducer) {}

  static forRoot(options: { redisUrl: string; prefix: string; producer?: JobProducer }): DynamicModule {
    const producer = options.producer ?? new BullJobProducer({ url: options.redisUrl, prefix: options.prefix });
    return { module: JobsModule, providers: [{ provide: JOB_PRODUCER, useValue: producer }], exports: [JOB_PRODUCER] };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.producer.close();
  }
}
