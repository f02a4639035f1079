// One step of the daily run's benchmark in a process of its own, so a sample's peak RSS
// is its own and its run starts as `duly run` does, in a fresh process: `prepare` writes
// the ledger at the location, `sample` times a run and the baseline over it (see
// follow-up-scenario.ts). Logs go to stderr, the result is the last line of stdout as JSON.
import type { DatabaseKind } from '../src/store/database';
import { prepareFollowUpLedger, sampleFollowUpRun, type PreparedFollowUpLedger } from './follow-up-scenario';
import { openDatabaseAt } from './throwaway-database';

const [step, kind, where, ...rest] = process.argv.slice(2);
const log = (line: string) => process.stderr.write(`${line}\n`);
const database = await openDatabaseAt({ kind: kind as DatabaseKind, where: where! });
try {
  let result: unknown;
  if (step === 'prepare') {
    const [invoices, runDate] = rest;
    result = await prepareFollowUpLedger(database, Number(invoices), runDate!, log);
  } else {
    const [ledger, batchSize, concurrency, final] = rest;
    result = await sampleFollowUpRun(database, JSON.parse(ledger!) as PreparedFollowUpLedger, {
      batchSize: Number(batchSize),
      concurrency: Number(concurrency),
      final: final === 'final',
      log,
    });
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await database.close();
}
