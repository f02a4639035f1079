// One step of the statement benchmark in a process of its own (see
// statements-scenario.ts): `prepare` or `import`, on the database at the location.
// Logs go to stderr, the result is the last line of stdout as JSON.
import type { DatabaseKind } from '../src/store/database';
import { prepareStatementBench, runStatementImport } from './statements-scenario';
import { openDatabaseAt } from './throwaway-database';

const [step, kind, where, workDir, invoices, lines, seed] = process.argv.slice(2);
const log = (line: string) => process.stderr.write(`${line}\n`);
const database = await openDatabaseAt({ kind: kind as DatabaseKind, where: where! });
try {
  const result =
    step === 'prepare'
      ? await prepareStatementBench(database, { invoices: Number(invoices), lines: Number(lines), seed: Number(seed) }, workDir!, log)
      : await runStatementImport(database, workDir!, log);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await database.close();
}
