import type { Command } from 'commander';
import { forecast, type Forecast } from '../../app/follow-up/forecast';
import { countCustomersWithUnsettledInvoices } from '../../store/follow-up-snapshots';
import { withDatabase } from '../command-context';
import { printResult, reportFailure } from '../output';
import { resolveOrg } from '../resolve-org';
import { countOption, dayOption, progressBar } from './run';

const columns = ['email', 'sms', 'call', 'letter', 'internalTask'] as const;

function describe(result: Forecast): string {
  const header = ['date', ...columns, 'all actions', 'held'];
  const rows = result.perDay.map((d) => [d.date, ...columns.map((c) => String(d.perChannel[c] ?? 0)), String(d.actions), String(d.held)]);
  const totals = ['total', ...columns.map((c) => String(result.totals[c] ?? 0)), String(result.perDay.reduce((s, d) => s + d.actions, 0)), ''];
  const widths = header.map((h, i) => Math.max(h.length, ...[...rows, totals].map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [
    `${result.customers} customers with something unsettled, ${result.days} days from ${result.from}:`,
    line(header),
    ...rows.map(line),
    line(totals),
  ].join('\n');
}

export function registerForecastCommand(program: Command): void {
  program
    .command('forecast')
    .description('what the daily runs will plan for the whole book, per day and channel (writes nothing)')
    .option('--org <slug>', 'organization (optional when there is only one)')
    .option('--from <date>', "the first day (YYYY-MM-DD); today in the organization's time zone by default")
    .option('--days <n>', 'how many days', '30')
    .option('--json', 'machine-readable output')
    .action(async (options) => {
      const output = { json: Boolean(options.json) };
      const days = countOption(options.days, 'days', 30, 366);
      if (!days.ok) return reportFailure(output, days);
      await withDatabase(output, async ({ db }) => {
        const org = await resolveOrg(db, options.org);
        if (!org.ok) return reportFailure(output, org);
        const from = dayOption(options.from, 'from', org.value.timeZone);
        if (!from.ok) return reportFailure(output, from);
        const bar = progressBar(output, 'forecast');
        bar.start(await countCustomersWithUnsettledInvoices(db, org.value.id));
        const result = await forecast(db, org.value.id, from.value, days.value, { onProgress: (customers) => bar.update(customers) });
        bar.stop();
        if (!result.ok) return reportFailure(output, result);
        printResult(output, result.value, describe(result.value));
      });
    });
}
