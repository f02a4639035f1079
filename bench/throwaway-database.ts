// A fresh, migrated database for one benchmark run, removed afterwards: PGlite in a
// temporary data directory (as Duly runs by default), or a new database on the
// PostgreSQL server.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database, type DatabaseKind } from '../src/store/database';

/** Opens and migrates an empty database of the kind; its `close` also deletes it. */
export async function openThrowawayDatabase(kind: DatabaseKind, postgresUrl: string): Promise<Database> {
  if (kind === 'pglite') {
    const dataDir = await mkdtemp(join(tmpdir(), 'duly-bench-pglite-'));
    const database = await openDatabase({ dataDir });
    await database.migrate();
    return {
      ...database,
      close: async () => {
        await database.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `duly_bench_${randomBytes(6).toString('hex')}`;
  await adminQuery(postgresUrl, `CREATE DATABASE ${name}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 4 });
  await database.migrate();
  return {
    ...database,
    close: async () => {
      // pool.end() resolves before its sockets have closed; the forced drop may then
      // terminate one of them, which the pool reports as an error nobody is waiting for.
      database.pool?.on('error', () => undefined);
      await database.close();
      await adminQuery(postgresUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
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
