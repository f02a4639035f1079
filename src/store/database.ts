// Opens the database Duly runs on: embedded PGlite in a data directory by default,
// or a PostgreSQL server when a connection URL is given. Both speak the same SQL and
// get the same migrations, so the rest of the code never asks which one it has.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
/** A database or a transaction on it: repositories accept either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseKind = 'pglite' | 'postgres';

export type Database = {
  kind: DatabaseKind;
  db: Db;
  /** Applies every pending migration; safe to call on each start. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** The pg pool behind a server database, for COPY and other driver-level work. */
  pool?: pg.Pool;
  /** PGlite only: the whole data directory as an uncompressed tarball, to start another database from. */
  dumpDataDir?(): Promise<Blob>;
};

export type DatabaseOptions =
  | { url: string; poolSize?: number }
  | { dataDir: string }
  /** In memory; `loadDataDir` starts from a dumped data directory instead of an empty cluster. */
  | { memory: true; loadDataDir?: Blob };

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

// Dates stay ISO strings (a calendar date is not an instant) and bigint minor units
// become numbers: every amount Duly handles is far below 2^53.
const INT8 = 20;
const DATE = 1082;
pg.types.setTypeParser(INT8, (value) => Number(value));
pg.types.setTypeParser(DATE, (value) => value);

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if ('url' in options) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // An idle connection that the server drops (restart, forced disconnect) is
    // reported here; unheard, it would crash the process. The pool replaces it and
    // the next query fails or succeeds on its own.
    pool.on('error', () => {});
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      kind: 'postgres',
      db,
      pool,
      migrate: () => migratePg(db as never, { migrationsFolder }),
      close: () => pool.end(),
    };
  }
  const parsers = { [INT8]: (value: string) => Number(value), [DATE]: (value: string) => value };
  let client: PGlite;
  if ('dataDir' in options) {
    mkdirSync(options.dataDir, { recursive: true });
    client = new PGlite(options.dataDir, { parsers });
  } else {
    // Loading a dump skips initdb, the slowest part of opening an empty PGlite.
    client = new PGlite({ parsers, loadDataDir: options.loadDataDir });
  }
  await client.waitReady;
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    close: () => client.close(),
    // Uncompressed: loading it back is faster than unpacking gzip.
    dumpDataDir: () => client.dumpDataDir('none'),
  };
}

/** Runs a raw statement and returns its rows, the same on both databases. */
export async function queryRows<T>(db: Db, statement: SQL): Promise<T[]> {
  const result = (await db.execute(statement)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * A list of ids as one `uuid[]` parameter. Written as the array's text form once: the
 * driver would otherwise rebuild it from the JS array for every statement that uses it,
 * and the daily run passes the same thousand ids to a dozen statements a batch.
 */
export function uuidArray(values: readonly string[]): SQL {
  return sql`${sql.param(`{${values.join(',')}}`)}::uuid[]`;
}

export { sql, type SQL };
