import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Transform } from 'node:stream';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { importFile } from '../../app/import-file';
import { importKinds, type ImportKind, type ImportReport } from '../../http/contract';
import { withDatabase } from '../command-context';
import { exitCodes, printResult, reportFailure } from '../output';
import { resolveOrg } from '../resolve-org';
import { importEInvoiceFile } from './import-einvoice';
import { importStatementFile } from './import-statement';

function parseMapping(pairs: string[]): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new Error(`--map takes field=Header, got "${pair}"`);
    mapping[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return mapping;
}

function summary(report: ImportReport, dryRun: boolean): string {
  const lines = [
    `${report.fileName}: ${report.rowsRead} rows read — ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged`,
  ];
  if (report.customersCreated > 0) lines.push(`${report.customersCreated} customers created`);
  for (const e of report.errors) {
    const place = [e.file, e.line !== undefined ? `line ${e.line}` : undefined, e.field].filter(Boolean).join(', ');
    lines.push(`  ${place}: ${e.message}`);
  }
  if (report.errorsTruncated) lines.push('  … more errors not listed');
  if (report.errors.length > 0) lines.push('nothing was imported: fix the file and run again');
  else if (dryRun) lines.push('dry run: nothing was written');
  return lines.join('\n');
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description(
      'import customers, contacts, invoices or payments from a CSV or XLSX file, e-invoices (KSeF, UBL) from an XML or ZIP file, or a bank statement (MT940, camt.053 or a CSV export) matched to open invoices (all or nothing)',
    )
    .argument('<kind>', [...importKinds, 'einvoice', 'statement'].join('|'))
    .argument('<file>', 'a .csv or .xlsx file; for einvoice an .xml or .zip file; for statement an MT940/MT942, camt.053 or CSV file')
    .option('--org <slug>', 'organization (optional when there is only one)')
    .option('--map <field=Header...>', 'read a field from this column instead of the detected one (tables and CSV statements)')
    .option('--create-customers', 'invoices: create customers the file names but the ledger lacks')
    .option('--date-format <format>', 'CSV statement: how its dates are written, when they cannot tell (DD/MM/YYYY or MM/DD/YYYY, …)')
    .option('--decimal <separator>', 'CSV statement: the decimal separator ("," or "."), when the amounts cannot tell')
    .option('--currency <code>', 'CSV statement: the currency of rows that name none')
    .option('--dry-run', 'check the file and count what would change, write nothing')
    .option('--json', 'machine-readable summary')
    .action(async (kind: string, file: string, options) => {
      const output = { json: Boolean(options.json) };
      let mapping: Record<string, string> | undefined;
      try {
        mapping = options.map ? parseMapping(options.map) : undefined;
      } catch (error) {
        return reportFailure(output, { ok: false, code: 'invalid_input', message: (error as Error).message });
      }
      if (kind === 'einvoice') return importEInvoiceFile(file, options, output);
      if (kind === 'statement') return importStatementFile(file, { ...options, mapping }, output);
      if (!(importKinds as readonly string[]).includes(kind)) {
        return reportFailure(output, {
          ok: false,
          code: 'invalid_input',
          message: `unknown import kind "${kind}": use ${[...importKinds, 'einvoice', 'statement'].join(', ')}`,
        });
      }
      let size: number;
      try {
        size = statSync(file).size;
      } catch {
        return reportFailure(output, { ok: false, code: 'invalid_input', message: `cannot read file ${file}` });
      }
      await withDatabase(output, async ({ db }) => {
        const org = await resolveOrg(db, options.org);
        if (!org.ok) return reportFailure(output, org);
        const showProgress = !output.json && process.stderr.isTTY;
        const bar = new SingleBar({
          format: 'importing |{bar}| {percentage}% · {rows} rows',
          stream: process.stderr,
          hideCursor: true,
        });
        let bytesRead = 0;
        const counter = new Transform({
          transform(chunk: Buffer, _encoding, done) {
            bytesRead += chunk.length;
            done(null, chunk);
          },
        });
        if (showProgress) bar.start(size, 0, { rows: 0 });
        const report = await importFile(db, {
          orgId: org.value.id,
          kind: kind as ImportKind,
          fileName: basename(file),
          content: createReadStream(file).pipe(counter),
          mapping,
          dryRun: Boolean(options.dryRun),
          createCustomers: Boolean(options.createCustomers),
          onProgress: (rows) => {
            if (showProgress) bar.update(bytesRead, { rows });
          },
        });
        if (showProgress) {
          bar.update(size, { rows: report.rowsRead });
          bar.stop();
        }
        printResult(output, report, summary(report, Boolean(options.dryRun)));
        if (report.errors.length > 0) process.exitCode = exitCodes.invalidInput;
      });
    });
}
