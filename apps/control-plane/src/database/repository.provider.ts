import type { FactoryProvider } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Nest provider for a persistence repository (plain class taking the DataSource). */
export function repositoryProvider<T>(repository: new (dataSource: DataSource) => T): FactoryProvider<T> {
  return { provide: repository, useFactory: (dataSource: DataSource) => new repository(dataSource), inject: [DataSource] };
}
