// `duly import statement FILE`: a bank statement (MT940, MT942, camt.053 or a bank's
// CSV export) whose credit lines are matched to open invoices. A CSV export may need
// `--map field=Header`, `--date-format`, `--decimal` or `--currency`.
import { importStatement } from '../../app/import-statement';
import { statementCsvOptions, type StatementCsvOptions, type StatementImportReport } from '../../http/contract';
import { runFileImport } from '../file-import';
import { reportFailure, type Output } from '../output';

function summary(report: StatementImportReport, dryRun: boolean): string {
  const lines = [
    `${report.fileName}: ${report.statements} statements, ${report.linesRead} lines read (${report.credits} credits, ${report.debits} debits) — ` +
      `${report.matchedAutomatically} matched automatically, ${report.queuedForReview} queued for review, ${report.unmatched} unmatched, ` +
      `${report.alreadyImported} already imported`,
  ];
  if (report.csv) {
    const columns = Object.entries(report.csv.mapping).map(([field, header]) => `${field} ← "${header}"`);
    lines.push(`CSV header on line ${report.csv.headerLine}: ${columns.join(', ')}`);
    if (report.csv.skippedLines.length > 0) lines.push(`rows without a booking date skipped: lines ${report.csv.skippedLines.join(', ')}`);
  }
  if (report.notBooked > 0) lines.push(`${report.notBooked} entries not booked yet: left for the booked entry`);
  if (report.outboxActionsCancelled > 0) lines.push(`${report.outboxActionsCancelled} pending reminders cancelled: their invoices are paid`);
  for (const e of report.errors) {
    lines.push(`  ${[e.file, e.line !== undefined ? `line ${e.line}` : undefined, e.field].filter(Boolean).join(', ')}: ${e.message}`);
  }
  if (report.errors.length > 0) lines.push('nothing was imported: fix the file and run again');
  else if (dryRun) lines.push('dry run: nothing was written');
  return lines.join('\n');
}

export type ImportStatementCommandOptions = {
  org?: string;
  dryRun?: boolean;
  mapping?: Record<string, string>;
  dateFormat?: string;
  decimal?: string;
  currency?: string;
};

/** Imports the statement into the chosen organization and prints the summary. */
export async function importStatementFile(file: string, options: ImportStatementCommandOptions, output: Output): Promise<void> {
  const csv = statementCsvOptions.safeParse({
    mapping: options.mapping,
    dateFormat: options.dateFormat,
    decimalSeparator: options.decimal,
    currency: options.currency?.toUpperCase(),
  });
  if (!csv.success) {
    const issue = csv.error.issues[0]!;
    const flag = { dateFormat: '--date-format', decimalSeparator: '--decimal', currency: '--currency' }[String(issue.path[0])] ?? '--map';
    return reportFailure(output, { ok: false, code: 'invalid_input', message: `${flag}: ${issue.message}` });
  }
  const csvOptions: StatementCsvOptions = csv.data;
  // The entry point is where the clock is read: the day of the import settles promises.
  return runFileImport(file, options, output, (db, input) => importStatement(db, { ...input, csv: csvOptions, now: new Date() }), summary);
}
