// `duly import statement FILE`: a bank statement (MT940, MT942 or camt.053) whose
// credit lines are matched to open invoices.
import { importStatement } from '../../app/import-statement';
import type { StatementImportReport } from '../../http/contract';
import { runFileImport } from '../file-import';
import type { Output } from '../output';

function summary(report: StatementImportReport, dryRun: boolean): string {
  const lines = [
    `${report.fileName}: ${report.statements} statements, ${report.linesRead} lines read (${report.credits} credits, ${report.debits} debits) — ` +
      `${report.matchedAutomatically} matched automatically, ${report.queuedForReview} queued for review, ${report.unmatched} unmatched, ` +
      `${report.alreadyImported} already imported`,
  ];
  if (report.notBooked > 0) lines.push(`${report.notBooked} entries not booked yet: left for the booked entry`);
  if (report.outboxActionsCancelled > 0) lines.push(`${report.outboxActionsCancelled} pending reminders cancelled: their invoices are paid`);
  for (const e of report.errors) lines.push(`  ${[e.file, e.line !== undefined ? `line ${e.line}` : undefined].filter(Boolean).join(', ')}: ${e.message}`);
  if (report.errors.length > 0) lines.push('nothing was imported: fix the file and run again');
  else if (dryRun) lines.push('dry run: nothing was written');
  return lines.join('\n');
}

/** Imports the statement into the chosen organization and prints the summary. */
export function importStatementFile(file: string, options: { org?: string; dryRun?: boolean }, output: Output): Promise<void> {
  // The entry point is where the clock is read: the day of the import settles promises.
  return runFileImport(file, options, output, (db, input) => importStatement(db, { ...input, now: new Date() }), summary);
}
