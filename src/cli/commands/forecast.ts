import type { Command } from 'commander';
import { forecast, type Forecast } from '../../app/follow-up/forecast';
import { countCustomersWithUnsettledInvoices } from '../../store/follow-up-snapshots';
import { printResult, reportFailure } from '../output';
import { inPlanningWindow, withWindowOptions } from './planning-window';
import { progressBar } from './run';

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
  withWindowOptions(
    program.command('forecast').description('what the daily runs will plan for the whole book, per day and channel (writes nothing)'),
  ).action((options) =>
    inPlanningWindow(options, async ({ db, output, orgId, from, days }) => {
      const bar = progressBar(output, 'forecast');
      bar.start(await countCustomersWithUnsettledInvoices(db, orgId));
      const result = await forecast(db, orgId, from, days, { onProgress: (customers) => bar.update(customers) });
      bar.stop();
      if (!result.ok) return reportFailure(output, result);
      printResult(output, result.value, describe(result.value));
    }),
  );
}
