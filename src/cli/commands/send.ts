import type { Command } from 'commander';
import { fail, ok, type Result } from '../../app/errors';
import { sendDueActions, type SendSummary } from '../../app/sending/send-due-actions';
import { senderPorts } from '../../worker/sender-ports';
import { withDatabase } from '../command-context';
import { printResult, reportFailure } from '../output';
import { resolveOrg } from '../resolve-org';

// A date and a time with its offset (or Z): an instant nobody can read two ways.
const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The instant --now names, or the clock: the one place `duly send` reads it. */
export function nowOption(text: string | undefined): Result<Date> {
  if (text === undefined) return ok(new Date());
  const at = new Date(text);
  if (!instantPattern.test(text) || Number.isNaN(at.getTime())) {
    return fail('invalid_input', `--now takes a date and time with its offset, e.g. 2026-03-19T10:30+01:00, got "${text}"`, [{ field: 'now', message: `got "${text}"` }]);
  }
  return ok(at);
}

const counts = (record: Record<string, number>) =>
  Object.entries(record)
    .sort()
    .map(([key, count]) => `${key} ${count}`)
    .join(', ') || 'none';

function describe(summary: SendSummary): string {
  const lines = [
    `sent: ${counts(summary.sent)}`,
    `tasks: ${counts(summary.tasks)}`,
    `effects: ${counts(summary.effects)}`,
    `held back: ${counts(summary.held)}`,
    `cancelled: ${counts(summary.cancelled)}`,
    `to retry: ${summary.retrying}`,
    `failed: ${summary.failed.length}`,
  ];
  for (const failure of summary.failed) lines.push(`  ${failure.actionId || '(organization)'}: ${failure.reason}`);
  return lines.join('\n');
}

export function registerSendCommand(program: Command): void {
  program
    .command('send')
    .description('send what the outbox holds that is due now: e-mails, SMS, letters, call and other tasks (once; `duly serve` sends continuously)')
    .option('--org <slug>', 'only this organization (all by default)')
    .option('--now <time>', 'the moment to send as, e.g. 2026-03-19T10:30+01:00 (the clock by default)')
    .option('--json', 'machine-readable summary')
    .action(async (options) => {
      const output = { json: Boolean(options.json) };
      const now = nowOption(options.now);
      if (!now.ok) return reportFailure(output, now);
      await withDatabase(output, async ({ db }, config) => {
        let orgId: string | undefined;
        if (options.org !== undefined) {
          const org = await resolveOrg(db, options.org);
          if (!org.ok) return reportFailure(output, org);
          orgId = org.value.id;
        }
        const summary = await sendDueActions(db, { now: now.value, orgId, ports: senderPorts({ defaultSmtpUrl: config.smtpUrl }) });
        printResult(output, summary, describe(summary));
        if (summary.failed.length > 0) process.exitCode = 2;
      });
    });
}
