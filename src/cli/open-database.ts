// Opens the configured database for a command and applies pending migrations, so
// every command works on an up-to-date schema (and a first run creates it).
import { join } from 'node:path';
import { openDatabase, type Database } from '../store/database';
import { lockDataDir } from '../store/data-dir-lock';
import type { Config } from './config';

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl) {
    const database = await openDatabase({ url: config.databaseUrl });
    await database.migrate();
    return database;
  }
  const { mkdirSync } = await import('node:fs');
  mkdirSync(config.dataDir, { recursive: true });
  const lock = lockDataDir(config.dataDir);
  try {
    const database = await openDatabase({ dataDir: join(config.dataDir, 'pglite') });
    await database.migrate();
    return {
      ...database,
      close: async () => {
        await database.close();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** Describes where the data lives, for start-up messages. */
export function describeDatabase(config: Config): string {
  if (!config.databaseUrl) return `embedded database in ${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
