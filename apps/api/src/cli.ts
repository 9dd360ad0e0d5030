import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { loadConfig } from './common/config/config';
import { createDataSource } from './common/database/data-source';
import { Db } from './common/database/db.service';
import { openDatabase } from './common/database/open-database';
import { pendingSchemaChanges } from './common/database/schema-drift';
import { ENTITIES } from './entities';
import { createPlatformAdmin } from './modules/users/create-admin';

const USAGE = `Cách dùng / usage: npm run cli -- <command>
  migrate                          apply pending migrations
  migration:generate <Name>        write a migration for the difference between entities and database
  admin:create --email <e> [--name <full name>]
                                   create a platform administrator; the password is read from stdin`;

async function readStdin(prompt: string): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write(prompt);
  const rl = createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return '';
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  if (!command || command === '--help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const config = loadConfig();
  const db = await openDatabase(config);
  const dataSource = createDataSource(db.url, ENTITIES, db.poolSize);
  await dataSource.initialize();
  try {
    switch (command) {
      case 'migrate': {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        console.log(applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}` : 'No pending migrations.');
        return 0;
      }
      case 'migration:generate': {
        const name = args[0];
        if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('migration:generate needs a PascalCase name');
        await dataSource.runMigrations({ transaction: 'each' });
        const { up, down } = await pendingSchemaChanges(dataSource);
        if (up.length === 0) {
          console.log('Entities and migrations agree: nothing to generate.');
          return 0;
        }
        const stamp = Date.now();
        const lines = (qs: string[]) => qs.map((q) => `    await q.query(${JSON.stringify(q)});`).join('\n');
        const file = join(__dirname, '..', 'src', 'common', 'database', 'migrations', `${stamp}-${name}.ts`);
        writeFileSync(
          file,
          `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${stamp} implements MigrationInterface {\n  name = '${name}${stamp}';\n\n  async up(q: QueryRunner): Promise<void> {\n${lines(up)}\n  }\n\n  async down(q: QueryRunner): Promise<void> {\n${lines(down.reverse())}\n  }\n}\n`,
        );
        console.log(`Wrote ${file}: add it to migrations/index.ts and review it.`);
        return 0;
      }
      case 'admin:create': {
        const email = option(args, '--email');
        if (!email) throw new Error('admin:create needs --email');
        const password = await readStdin('Mật khẩu / password: ');
        const user = await createPlatformAdmin(new Db(dataSource), { email, fullName: option(args, '--name') ?? email, password });
        console.log(`Platform administrator ${user.email} is ready.`);
        return 0;
      }
      default:
        console.error(USAGE);
        return 2;
    }
  } finally {
    await dataSource.destroy();
    await db.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
