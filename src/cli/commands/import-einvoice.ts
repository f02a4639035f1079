// `duly import einvoice FILE`: a KSeF or UBL XML invoice, or a ZIP batch of them.
import { importEInvoices } from '../../app/import-e-invoices';
import { minorToDecimalString } from '../../domain/money';
import type { EInvoiceImportReport } from '../../http/contract';
import { runFileImport } from '../file-import';
import type { Output } from '../output';

function summary(report: EInvoiceImportReport, dryRun: boolean): string {
  const { invoices, creditNotes } = report;
  const lines = [
    `${report.fileName}: ${report.documentsRead} documents read — invoices ${invoices.created} created, ${invoices.updated} updated, ${invoices.unchanged} unchanged; ` +
      `credit notes ${creditNotes.created} created, ${creditNotes.unchanged} unchanged; ${report.skipped.length} skipped`,
  ];
  if (report.customersCreated > 0) lines.push(`${report.customersCreated} customers created`);
  for (const d of report.dueDatesFromTerms) lines.push(`  ${d.number}: due ${d.dueDate}, from the customer's ${d.paymentTermsDays}-day payment terms`);
  for (const c of report.corrections) {
    const change = `${c.changeMinor > 0 ? '+' : ''}${minorToDecimalString(c.changeMinor, c.currency)} ${c.currency}`;
    lines.push(`  ${c.number} corrects ${c.corrects.join(', ')} by ${change}`);
  }
  for (const s of report.skipped) lines.push(`  skipped ${s.document}: ${s.reason}`);
  for (const a of report.unknownBankAccounts) {
    lines.push(`  bank account ${a.number} (${a.holder}) is not among the organization's accounts: ${a.documents.join(', ')}`);
  }
  for (const e of report.errors) {
    const place = [e.file, e.document, e.line !== undefined ? `line ${e.line}` : undefined, e.field].filter(Boolean).join(', ');
    lines.push(`  ${place}: ${e.message}`);
  }
  if (report.errors.length > 0) lines.push('nothing was imported: fix the file and run again');
  else if (dryRun) lines.push('dry run: nothing was written');
  return lines.join('\n');
}

/** Imports the file into the chosen organization and prints the summary. */
export function importEInvoiceFile(file: string, options: { org?: string; dryRun?: boolean }, output: Output): Promise<void> {
  return runFileImport(file, options, output, (db, input) => importEInvoices(db, input), summary);
}
