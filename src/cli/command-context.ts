// What every command needs: the configuration, the output mode, an open database,
// and one place that turns unexpected errors into exit code 2.
import type { Database } from '../store/database';
import { DataDirLockedError } from '../store/data-dir-lock';
import { readConfig, type Config } from './config';
import { openConfiguredDatabase } from './open-database';
import { exitCodes, type Output } from './output';

export function loadConfig(): Config {
  const read = readConfig(process.env);
  if ('problems' in read) {
    for (const p of read.problems) process.stderr.write(`error: ${p.variable} ${p.message}\n`);
    process.exit(exitCodes.invalidInput);
  }
  return read.config;
}

/** Opens the database, runs the command, always closes; crashes become exit code 2. */
export async function withDatabase(
  output: Output,
  run: (database: Database, config: Config) => Promise<void>,
): Promise<void> {
  const config = loadConfig();
  let database: Database | undefined;
  try {
    database = await openConfiguredDatabase(config);
    await run(database, config);
  } catch (error) {
    const message = error instanceof DataDirLockedError ? error.message : (error as Error).stack ?? String(error);
    if (output.json) process.stdout.write(`${JSON.stringify({ error: { code: 'failure', message } })}\n`);
    else process.stderr.write(`error: ${message}\n`);
    process.exitCode = exitCodes.failure;
  } finally {
    await database?.close();
  }
}
