// A fresh, migrated database for one benchmark run, removed afterwards: PGlite in a
// temporary data directory (as Duly runs by default), or a new database on the
// PostgreSQL server. A location can outlive one process: the statement benchmark
// prepares its ledger in one process and imports in another, so each measures itself.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database, type DatabaseKind } from '../src/store/database';

/** Where a throwaway database lives: a PGlite data directory or a PostgreSQL URL. */
export type DatabaseLocation = { kind: DatabaseKind; where: string };

/** Makes room for a new database: an empty data directory, or a new database on the server. */
export async function createDatabaseLocation(kind: DatabaseKind, postgresUrl: string): Promise<DatabaseLocation> {
  if (kind === 'pglite') return { kind, where: await mkdtemp(join(tmpdir(), 'duly-bench-pglite-')) };
  const name = `duly_bench_${randomBytes(6).toString('hex')}`;
  await adminQuery(postgresUrl, `CREATE DATABASE ${name}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return { kind, where: url.toString() };
}

/** Opens (and migrates) the database at the location; closing it leaves it in place. */
export async function openDatabaseAt(location: DatabaseLocation): Promise<Database> {
  const database = location.kind === 'pglite' ? await openDatabase({ dataDir: location.where }) : await openDatabase({ url: location.where });
  await database.migrate();
  if (!database.pool) return database;
  return {
    ...database,
    close: async () => {
      // pool.end() resolves before its sockets have closed; a forced drop right after may
      // terminate one of them, which the pool reports as an error nobody is waiting for.
      database.pool?.on('error', () => undefined);
      await database.close();
    },
  };
}

/** Deletes the database at the location. */
export async function removeDatabaseLocation(location: DatabaseLocation, postgresUrl: string): Promise<void> {
  if (location.kind === 'pglite') await rm(location.where, { recursive: true, force: true });
  else await adminQuery(postgresUrl, `DROP DATABASE IF EXISTS ${new URL(location.where).pathname.slice(1)} WITH (FORCE)`);
}

/** Opens and migrates an empty database of the kind; its `close` also deletes it. */
export async function openThrowawayDatabase(kind: DatabaseKind, postgresUrl: string): Promise<Database> {
  const location = await createDatabaseLocation(kind, postgresUrl);
  const database = await openDatabaseAt(location);
  return {
    ...database,
    close: async () => {
      await database.close();
      await removeDatabaseLocation(location, postgresUrl);
    },
  };
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
