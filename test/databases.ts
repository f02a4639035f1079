// One suite, every database: `describeEachDatabase` runs the same tests on embedded
// PGlite and on the PostgreSQL server, each in a fresh, fully migrated database.
//
// Migrating from nothing costs seconds per database, so a test run migrates once
// (test/global-setup.ts) and every test database starts as a copy of that template:
// a loaded data-directory dump on PGlite, `CREATE DATABASE … TEMPLATE` on PostgreSQL.
// `migrate()` still runs on each copy; on an up-to-date schema it only reads the journal.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { openDatabase, type Database, type DatabaseKind } from '../src/store/database';

export const testPostgresUrl =
  process.env.DULY_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A tarball of a migrated PGlite data directory. */
    pgliteTemplatePath?: string;
    /** A migrated database on the PostgreSQL server to copy. */
    postgresTemplateName?: string;
  }
}

/** Which databases the suite runs on; both unless DULY_TEST_DATABASES narrows it. */
export function testedDatabases(): DatabaseKind[] {
  const wanted = (process.env.DULY_TEST_DATABASES ?? 'pglite,postgres').split(',');
  return (['pglite', 'postgres'] as const).filter((kind) => wanted.includes(kind));
}

/** What the global setup provided; nothing when the code runs outside a test worker (scripts). */
function provided<K extends 'pgliteTemplatePath' | 'postgresTemplateName'>(key: K): string | undefined {
  return process.env.VITEST ? inject(key) : undefined;
}

let pgliteTemplate: Promise<Blob | undefined> | undefined;

/** The migrated PGlite template, read once per worker process. */
function pgliteTemplateDump(): Promise<Blob | undefined> {
  pgliteTemplate ??= (async () => {
    const path = provided('pgliteTemplatePath');
    return path ? new Blob([await readFile(path)]) : undefined;
  })();
  return pgliteTemplate;
}

/** A new empty database of the given kind, migrated; `close` also drops it. */
export async function createTestDatabase(kind: DatabaseKind): Promise<Database> {
  if (kind === 'pglite') {
    const database = await openDatabase({ memory: true, loadDataDir: await pgliteTemplateDump() });
    await database.migrate();
    return database;
  }
  const { url, drop } = await createTestPostgresDatabase(provided('postgresTemplateName'));
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

/**
 * A new database on the PostgreSQL server, empty or a copy of `template`: its name,
 * its URL, and how to drop it.
 */
export async function createTestPostgresDatabase(
  template?: string,
): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `duly_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
  const url = new URL(testPostgresUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: testPostgresUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
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
