// Runs the daily run's benchmark for one database and size: a location for the
// database, the ledger written by one child process, each sample timed in a child
// process of its own, then the location removed.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseKind } from '../src/store/database';
import { runBenchChild } from './child-process';
import { followUpResult, runSettings, type FollowUpSample, type FollowUpScenarioResult, type PreparedFollowUpLedger } from './follow-up-scenario';
import { sizeLabel } from './sizes';
import { createDatabaseLocation, removeDatabaseLocation } from './throwaway-database';

const child = join(dirname(fileURLToPath(import.meta.url)), 'follow-up-child.ts');

export type FollowUpBenchSettings = { invoices: number; runDate: string; batchSize: number; concurrency: number; samples: number };

/** Writes the ledger once and times `samples` pairs of run and baseline over it, each in a fresh process. */
export async function runFollowUpBenchmark(kind: DatabaseKind, postgresUrl: string, settings: FollowUpBenchSettings): Promise<FollowUpScenarioResult> {
  const location = await createDatabaseLocation(kind, postgresUrl);
  const label = `the follow-up benchmark ${kind} ${sizeLabel(settings.invoices)}`;
  const run = runSettings(kind, settings);
  try {
    const ledger = await runBenchChild<PreparedFollowUpLedger>(child, ['prepare', kind, location.where, String(settings.invoices), settings.runDate], label);
    const samples: FollowUpSample[] = [];
    for (let i = 1; i <= settings.samples; i++) {
      const final = i === settings.samples ? 'final' : 'more';
      const args = ['sample', kind, location.where, JSON.stringify(ledger), String(run.batchSize), String(run.concurrency), final];
      samples.push(await runBenchChild<FollowUpSample>(child, args, `${label}, sample ${i}`));
    }
    return followUpResult(ledger, samples, run);
  } finally {
    await removeDatabaseLocation(location, postgresUrl);
  }
}
