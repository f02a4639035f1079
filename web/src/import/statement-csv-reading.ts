// How the page shows a CSV statement being read. A check's report says it in full
// (header row, columns, date format, decimal separator, skipped lines). Before the
// first check, and when a check stops at a column it cannot find (its report then has
// no such part), the browser reads the file's top itself with the server's own rules,
// so the person sees the columns and can map the missing one.
import type { WrittenDateFormat } from '../../../src/domain/written-dates';
import type { ImportOption } from '../../../src/formats/file-format-error';
import { previewCsvHeader } from '../../../src/formats/statements/csv-statement-header';
import { decodeStatementText } from '../../../src/formats/statements/statement-encoding';
import { statementFileKind } from '../../../src/formats/statements/statement-file-kind';
import type { StatementImportReport } from '../api/types';
import { csvMappingOf, type CsvChoices, type DecimalSeparator } from './statement-flow';

export type CsvReading = {
  /** True when a check read the file so; false for the browser's look at its header row. */
  checked: boolean;
  headerLine: number;
  headers: string[];
  delimiter: string;
  /** Field → the header it is read from. */
  mapping: Record<string, string>;
  /** Null before a check, or when the file has no dates. */
  dateFormat: WrittenDateFormat | null;
  /** Null before a check, or when every amount is whole. */
  decimalSeparator: DecimalSeparator | null;
  skippedLines: number[];
};

/** Options the file alone cannot settle; a check's error names the one it needs. */
export type CsvOption = ImportOption;

// Enough for the header search's first 40 rows, however long the descriptions.
const HEAD_BYTES = 256 * 1024;

/** The top of a statement file as text when it is a CSV export; null for MT940, camt.053 and anything else. */
export async function csvHeadOf(file: Blob): Promise<string | null> {
  const bytes = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  if (statementFileKind(bytes) !== 'csv') return null;
  // Cut after the last whole line, so the cut never splits a character.
  const whole = file.size > HEAD_BYTES ? bytes.subarray(0, bytes.lastIndexOf(0x0a) + 1) : bytes;
  return decodeStatementText(whole).text;
}

/**
 * What the section shows: the check's reading when its report has one, else the
 * header row the browser finds in `head` with the person's mapping; null when the
 * file is no CSV export (nothing to map).
 */
export function csvReadingOf(report: StatementImportReport | null, head: string | null, choices: CsvChoices): CsvReading | null {
  if (report?.csv) return { checked: true, ...report.csv };
  if (head === null) return null;
  const preview = previewCsvHeader(head, csvMappingOf(choices));
  if (!preview) return null;
  const { headerLine, headers, delimiter, mapping } = preview;
  return { checked: false, headerLine, headers, delimiter, mapping, dateFormat: null, decimalSeparator: null, skippedLines: [] };
}

/** The option the check's error asks the person to choose, because the file cannot tell it. */
export function optionAskedFor(report: StatementImportReport | null): CsvOption | null {
  return report?.errors.find((error) => error.option !== undefined)?.option ?? null;
}

/** The fields the check's errors name, each with the line of its first error; errors asking for an option are the option's. */
export function fieldsInError(report: StatementImportReport | null): Map<string, number> {
  const fields = new Map<string, number>();
  for (const error of report?.errors ?? []) {
    if (!error.field || error.line === undefined || fields.has(error.field)) continue;
    if (error.option !== undefined) continue;
    fields.set(error.field, error.line);
  }
  return fields;
}
