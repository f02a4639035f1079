// Runs the statement benchmark for one database and size: a location for the database,
// the `prepare` step and the `import` step each in a child process of its own (so the
// import's peak memory is its own), then the location removed.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseKind } from '../src/store/database';
import { runBenchChild } from './child-process';
import type { ImportResult, PrepareResult } from './statements-scenario';
import { createDatabaseLocation, removeDatabaseLocation } from './throwaway-database';

const child = join(dirname(fileURLToPath(import.meta.url)), 'statements-child.ts');

export type StatementScenarioResult = { seed: number; prepared: PrepareResult; imported: ImportResult };

/** Prepares and imports `lines` credit lines against `invoices` open invoices on the database. */
export async function runStatementScenario(
  kind: DatabaseKind,
  postgresUrl: string,
  spec: { invoices: number; lines: number; seed: number },
): Promise<StatementScenarioResult> {
  const location = await createDatabaseLocation(kind, postgresUrl);
  const workDir = await mkdtemp(join(tmpdir(), 'duly-bench-statements-'));
  try {
    const common = [location.kind, location.where, workDir];
    const label = `the statement benchmark on ${kind}`;
    const prepared = await runBenchChild<PrepareResult>(child, ['prepare', ...common, String(spec.invoices), String(spec.lines), String(spec.seed)], label);
    const imported = await runBenchChild<ImportResult>(child, ['import', ...common], label);
    return { seed: spec.seed, prepared, imported };
  } finally {
    await rm(workDir, { recursive: true, force: true });
    await removeDatabaseLocation(location, postgresUrl);
  }
}
