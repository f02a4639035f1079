// What `duly import einvoice` and `duly import statement` share: read the file, open
// the organization, run the import, print its report, and exit 1 when the file had errors.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Db } from '../store/database';
import { withDatabase } from './command-context';
import { exitCodes, printResult, reportFailure, type Output } from './output';
import { resolveOrg } from './resolve-org';

export type FileImportInput = { orgId: string; fileName: string; content: Buffer; dryRun: boolean };

export async function runFileImport<Report extends { errors: readonly unknown[] }>(
  file: string,
  options: { org?: string; dryRun?: boolean },
  output: Output,
  importFile: (db: Db, input: FileImportInput) => Promise<Report>,
  summary: (report: Report, dryRun: boolean) => string,
): Promise<void> {
  let content: Buffer;
  try {
    content = readFileSync(file);
  } catch {
    return reportFailure(output, { ok: false, code: 'invalid_input', message: `cannot read file ${file}` });
  }
  await withDatabase(output, async ({ db }) => {
    const org = await resolveOrg(db, options.org);
    if (!org.ok) return reportFailure(output, org);
    const dryRun = Boolean(options.dryRun);
    const report = await importFile(db, { orgId: org.value.id, fileName: basename(file), content, dryRun });
    printResult(output, report, summary(report, dryRun));
    if (report.errors.length > 0) process.exitCode = exitCodes.invalidInput;
  });
}
