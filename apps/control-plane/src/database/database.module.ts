import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { AccessKeyRepository, AccountRepository, createDataSource, ResourceRepository, RestApiRepository } from '@tollgate/persistence';
import { DataSource } from 'typeorm';
import { repositoryProvider } from './repository.provider';

const REPOSITORIES = [AccountRepository, AccessKeyRepository, RestApiRepository, ResourceRepository];

/** Provides the one DataSource (injectable as `DataSource`) and the core repositories, app-wide. */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  static forRoot(options: { url: string; poolSize: number }): DynamicModule {
    const providers = [
      {
        provide: DataSource,
        useFactory: () => createDataSource(options.url, { poolSize: options.poolSize, applicationName: 'tollgate-control-plane' }).initialize(),
      },
      ...REPOSITORIES.map((repository) => repositoryProvider<object>(repository)),
    ];
    return { module: DatabaseModule, providers, exports: [DataSource, ...REPOSITORIES] };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
