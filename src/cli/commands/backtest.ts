import type { Command } from 'commander';
import { backtest, type BacktestReport } from '../../app/follow-up/backtest';
import { dateInZone } from '../../domain/dates';
import { countCustomersInvoicedBy } from '../../store/follow-up-history';
import { withDatabase } from '../command-context';
import { printResult, reportFailure } from '../output';
import { resolveOrg } from '../resolve-org';
import { dayOption, progressBar } from './run';

const percent = (part: number, whole: number) => (whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`);

function list(record: Record<string, number>): string {
  return Object.entries(record)
    .sort((a, b) => b[1] - a[1])
    .map(([key, count]) => `${key} ${count}`)
    .join(', ');
}

function describe(r: BacktestReport): string {
  const { invoices } = r;
  return [
    `procedure ${r.procedureKey}@${r.version} replayed over ${r.days} days, ${r.from} to ${r.to}:`,
    `  ${r.customers} customers followed, ${r.customersContacted} contacted; ${r.actions} actions`,
    `  per channel: ${list(r.perChannel) || 'none'}`,
    `  per tone:    ${list(r.perTone) || 'none'}`,
    `  per step:    ${list(r.perStep) || 'none'}`,
    `  held back:   ${list(r.held) || 'nothing'}`,
    `invoices: ${invoices.followed} followed, ${invoices.paid} paid in the range (${percent(invoices.paid, invoices.followed)}), ${invoices.unpaidAtEnd} still open at the end`,
    `  paid with no contact at all: ${invoices.paidWithoutContact}; before any reminder: ${invoices.paidBeforeFirstReminder}`,
    `  paid after, as the last step: ${list(invoices.paidAfterStep) || 'none'}`,
  ].join('\n');
}

export function registerBacktestCommand(program: Command): void {
  program
    .command('backtest')
    .description("replay a procedure over the ledger's history and report what it would have sent and when invoices got paid")
    .requiredOption('--procedure <key>', 'the procedure to replay (its latest version)')
    .requiredOption('--from <date>', 'the first day replayed (YYYY-MM-DD)')
    .requiredOption('--to <date>', 'the last day replayed (YYYY-MM-DD), before today')
    .option('--org <slug>', 'organization (optional when there is only one)')
    .option('--json', 'machine-readable report')
    .action(async (options) => {
      const output = { json: Boolean(options.json) };
      await withDatabase(output, async ({ db }) => {
        const org = await resolveOrg(db, options.org);
        if (!org.ok) return reportFailure(output, org);
        const from = dayOption(options.from, 'from', org.value.timeZone);
        if (!from.ok) return reportFailure(output, from);
        const to = dayOption(options.to, 'to', org.value.timeZone);
        if (!to.ok) return reportFailure(output, to);
        // History only: today is not over and the future has no payments yet.
        const today = dateInZone(new Date(), org.value.timeZone);
        if (to.value >= today) {
          return reportFailure(output, { ok: false, code: 'invalid_input', message: `--to must be before today (${today})`, issues: [{ field: 'to', message: 'not in the past' }] });
        }
        const bar = progressBar(output, `backtest ${options.procedure}`);
        bar.start(await countCustomersInvoicedBy(db, org.value.id, to.value));
        const report = await backtest(db, org.value.id, options.procedure, from.value, to.value, { onProgress: (customers) => bar.update(customers) });
        bar.stop();
        if (!report.ok) return reportFailure(output, report);
        printResult(output, report.value, describe(report.value));
      });
    });
}
