import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { defaultConcurrency, runFollowUp, type RunSummary } from '../../app/follow-up/run-follow-up';
import { fail, ok, type Result } from '../../app/errors';
import { dateInZone, isIsoDate, type IsoDate } from '../../domain/dates';
import { countCustomersWithUnsettledInvoices } from '../../store/follow-up-snapshots';
import { withDatabase } from '../command-context';
import { printResult, reportFailure, type Output } from '../output';
import { resolveOrg } from '../resolve-org';

/** The day an option names, or today in the organization's time zone: the one place the follow-up commands read the clock. */
export function dayOption(text: string | undefined, field: string, timeZone: string): Result<IsoDate> {
  if (text === undefined) return ok(dateInZone(new Date(), timeZone));
  if (!isIsoDate(text)) return fail('invalid_input', `--${field} takes a date as YYYY-MM-DD, got "${text}"`, [{ field, message: `got "${text}"` }]);
  return ok(text);
}

/** A whole number option within bounds. */
export function countOption(text: string | undefined, field: string, fallback: number, max: number): Result<number> {
  if (text === undefined) return ok(fallback);
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    return fail('invalid_input', `--${field} takes a whole number from 1 to ${max}, got "${text}"`, [{ field, message: `got "${text}"` }]);
  }
  return ok(value);
}

/** A progress bar on stderr for people at a terminal; nothing for scripts and --json. */
export function progressBar(output: Output, label: string): { start(total: number): void; update(done: number): void; stop(): void } {
  const shown = !output.json && Boolean(process.stderr.isTTY);
  const bar = new SingleBar({ format: `${label} |{bar}| {percentage}% · {value}/{total} customers`, stream: process.stderr, hideCursor: true });
  return {
    start: (total) => shown && bar.start(Math.max(total, 1), 0),
    update: (done) => shown && bar.update(done),
    stop: () => shown && bar.stop(),
  };
}

function describe(summary: RunSummary): string {
  const lines = [
    `${summary.dryRun ? 'dry run for' : 'run for'} ${summary.date}: ${summary.customers} customers followed up — ` +
      `${summary.actionsCreated} actions created, ${summary.actionsAlreadyPresent} already present`,
  ];
  for (const [channel, counts] of Object.entries(summary.perChannel).sort()) {
    lines.push(`  ${channel.padEnd(18)} ${counts.created} created, ${counts.alreadyPresent} already present, ${counts.held} held`);
  }
  for (const [kind, counts] of Object.entries(summary.perKind).sort()) {
    if (['holdCredit', 'notifyAccountOwner', 'openHandover'].includes(kind)) lines.push(`  ${kind.padEnd(18)} ${counts.created} created`);
  }
  if (summary.held.length > 0) {
    lines.push('held back:');
    for (const h of summary.held) lines.push(`  ${h.reason} (${h.channel}): ${h.count}`);
  }
  if (summary.unassigned > 0) lines.push(`${summary.unassigned} customers have no procedure in effect on ${summary.date}`);
  if (!summary.complete) lines.push('the run stopped before the last customer: run it again to finish');
  if (summary.dryRun) lines.push('dry run: nothing was written');
  return lines.join('\n');
}

export function registerRunCommand(program: Command): void {
  program
    .command('run')
    .description("the daily follow-up run: decide today's reminders, calls and tasks and put them in the outbox")
    .option('--org <slug>', 'organization (optional when there is only one)')
    .option('--date <date>', "the day to run (YYYY-MM-DD); today in the organization's time zone by default")
    .option('--dry-run', 'decide and count everything, write nothing')
    .option('--batch-size <n>', 'customers per transaction', '1000')
    .option('--json', 'machine-readable summary')
    .action(async (options) => {
      const output = { json: Boolean(options.json) };
      const batchSize = countOption(options.batchSize, 'batch-size', 1000, 100_000);
      if (!batchSize.ok) return reportFailure(output, batchSize);
      await withDatabase(output, async ({ db, kind }) => {
        const org = await resolveOrg(db, options.org);
        if (!org.ok) return reportFailure(output, org);
        const date = dayOption(options.date, 'date', org.value.timeZone);
        if (!date.ok) return reportFailure(output, date);
        const bar = progressBar(output, `run ${date.value}`);
        bar.start(await countCustomersWithUnsettledInvoices(db, org.value.id));
        const result = await runFollowUp(db, {
          orgId: org.value.id,
          date: date.value,
          dryRun: Boolean(options.dryRun),
          batchSize: batchSize.value,
          concurrency: defaultConcurrency(kind),
          onProgress: (progress) => bar.update(progress.customers),
        });
        bar.stop();
        if (!result.ok) return reportFailure(output, result);
        printResult(output, result.value, describe(result.value));
      });
    });
}
