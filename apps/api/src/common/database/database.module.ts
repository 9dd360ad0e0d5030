import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions, type EntityList } from './data-source';

/** The database the app talks to. */
export interface DatabaseTarget {
  url: string;
  poolSize: number;
  /**
   * The embedded PGlite database (one process, one connection: no LISTEN/NOTIFY between processes). When
   * absent, a pool of one connection is taken for it.
   */
  embedded?: boolean;
}

/** Injection token of the DatabaseTarget (for what needs a connection of its own, like the public cache's listener). */
export const DATABASE_TARGET = Symbol('DATABASE_TARGET');

@Module({})
export class DatabaseModule {}

/** The application's data source as a Nest module (TypeORM stays inside common/database), and its target. */
export function databaseModule(database: DatabaseTarget, entities: EntityList): DynamicModule {
  return {
    module: DatabaseModule,
    global: true,
    imports: [TypeOrmModule.forRoot(dataSourceOptions(database.url, entities, database.poolSize))],
    providers: [{ provide: DATABASE_TARGET, useValue: database }],
    exports: [DATABASE_TARGET],
  };
}
