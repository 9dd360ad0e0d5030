import { DataSource } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions.js';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming.strategy';

/** The entity classes a data source maps: the app's list (`src/entities.ts`), passed in by the caller. */
export type EntityList = NonNullable<PostgresDataSourceOptions['entities']>;

/**
 * The one description of the database, used by the app, the CLI and the tests. The entities come from
 * the caller: common never imports the modules that define them. Running migrations needs none (`[]`).
 */
export function dataSourceOptions(url: string, entities: EntityList, poolSize = 10): PostgresDataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    extra: { max: poolSize, application_name: 'congxa' },
  };
}

export function createDataSource(url: string, entities: EntityList, poolSize?: number): DataSource {
  return new DataSource(dataSourceOptions(url, entities, poolSize));
}
