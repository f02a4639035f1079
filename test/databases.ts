// One suite, every database: `describeEachDatabase` runs the same tests on embedded
// PGlite and on the PostgreSQL server, each in a fresh, fully migrated database.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { openDatabase, type Database, type DatabaseKind } from '../src/store/database';

export const testPostgresUrl =
  process.env.DULY_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Which databases the suite runs on; both unless DULY_TEST_DATABASES narrows it. */
export function testedDatabases(): DatabaseKind[] {
  const wanted = (process.env.DULY_TEST_DATABASES ?? 'pglite,postgres').split(',');
  return (['pglite', 'postgres'] as const).filter((kind) => wanted.includes(kind));
}

/** A new empty database of the given kind, migrated; `close` also drops it. */
export async function createTestDatabase(kind: DatabaseKind): Promise<Database> {
  if (kind === 'pglite') {
    const database = await openDatabase({ memory: true });
    await database.migrate();
    return database;
  }
  const { url, drop } = await createTestPostgresDatabase();
  const database = await openDatabase({ url, poolSize: 4 });
  await database.migrate();
  return {
    ...database,
    close: async () => {
      await database.close();
      await drop();
    },
  };
}

/** A new empty database on the PostgreSQL server: its URL, and how to drop it. */
export async function createTestPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `duly_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testPostgresUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(testPostgresUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: testPostgresUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

export function describeEachDatabase(title: string, suite: (database: () => Database) => void): void {
  for (const kind of testedDatabases()) {
    describe(`${title} [${kind}]`, () => {
      let database: Database | undefined;
      beforeAll(async () => {
        database = await createTestDatabase(kind);
      }, 60_000);
      afterAll(async () => {
        await database?.close();
      });
      suite(() => {
        if (!database) throw new Error('test database not ready');
        return database;
      });
    });
  }
}
