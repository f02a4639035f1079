// `duly import statement FILE`: a bank statement (MT940, MT942 or camt.053) whose
// credit lines are matched to open invoices.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importStatement } from '../../app/import-statement';
import type { StatementImportReport } from '../../http/contract';
import { withDatabase } from '../command-context';
import { exitCodes, printResult, reportFailure, type Output } from '../output';
import { resolveOrg } from '../resolve-org';

function summary(report: StatementImportReport, dryRun: boolean): string {
  const lines = [
    `${report.fileName}: ${report.statements} statements, ${report.linesRead} lines read (${report.credits} credits, ${report.debits} debits) — ` +
      `${report.matchedAutomatically} matched automatically, ${report.queuedForReview} queued for review, ${report.unmatched} unmatched, ` +
      `${report.alreadyImported} already imported`,
      `${report.notBooked} not booked yet (left for the booked entry)`,
  ];
  if (report.outboxActionsCancelled > 0) lines.push(`${report.outboxActionsCancelled} pending reminders cancelled: their invoices are paid`);
  for (const e of report.errors) lines.push(`  ${[e.file, e.line !== undefined ? `line ${e.line}` : undefined].filter(Boolean).join(', ')}: ${e.message}`);
  if (report.errors.length > 0) lines.push('nothing was imported: fix the file and run again');
  else if (dryRun) lines.push('dry run: nothing was written');
  return lines.join('\n');
}

/** Imports the statement into the chosen organization and prints the summary. */
export async function importStatementFile(file: string, options: { org?: string; dryRun?: boolean }, output: Output): Promise<void> {
  let content: Buffer;
  try {
    content = readFileSync(file);
  } catch {
    return reportFailure(output, { ok: false, code: 'invalid_input', message: `cannot read file ${file}` });
  }
  // The entry point is where the clock is read: the day of the import settles promises.
  await withDatabase(output, async ({ db }) => {
    const org = await resolveOrg(db, options.org);
    if (!org.ok) return reportFailure(output, org);
    const dryRun = Boolean(options.dryRun);
    const report = await importStatement(db, { orgId: org.value.id, fileName: basename(file), content, dryRun, now: new Date() });
    printResult(output, report, summary(report, dryRun));
    if (report.errors.length > 0) process.exitCode = exitCodes.invalidInput;
  });
}
