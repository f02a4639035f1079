// One daily-run benchmark in a process of its own, so its peak RSS is its own and not
// what an earlier scenario (a PGlite import, say) left behind. Logs go to stderr, the
// result is the last line of stdout as JSON.
import { openThrowawayDatabase } from './throwaway-database';
import { runFollowUpScenario } from './follow-up-scenario';
import type { DatabaseKind } from '../src/store/database';

const [kind, invoices, runDate, batchSize, concurrency, postgresUrl] = process.argv.slice(2);
const database = await openThrowawayDatabase(kind as DatabaseKind, postgresUrl!);
try {
  const result = await runFollowUpScenario(database, Number(invoices), {
    runDate: runDate!,
    batchSize: Number(batchSize),
    concurrency: Number(concurrency),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await database.close();
}
