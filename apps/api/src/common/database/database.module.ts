import type { DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions, type EntityList } from './data-source';

/** The application's data source as a Nest module (TypeORM stays inside common/database). */
export function databaseModule(database: { url: string; poolSize: number }, entities: EntityList): DynamicModule {
  return TypeOrmModule.forRoot(dataSourceOptions(database.url, entities, database.poolSize));
}
