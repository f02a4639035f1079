// Which column of a CSV statement holds which field. The header row is looked for
// among the first lines, since Polish exports put the account, the period or the
// bank's address above it; the first row that names a booking date and an amount is
// it. An explicit mapping (field → header) takes precedence over the guess.
import { normalizeHeader, withoutCurrencyNote } from '../header-text';
import { FileFormatError } from '../file-format-error';
import type { CsvRecord } from './csv-records';
import { csvStatementFieldNames, csvStatementFields, type CsvStatementField } from './csv-statement-fields';

/** How many rows from the top may come before the header row. */
export const HEADER_SEARCH_ROWS = 40;

export type CsvColumns = {
  /** The header row. */
  header: CsvRecord;
  /** Field → index of its column. */
  columns: Map<CsvStatementField, number>;
  /** Unnamed columns right after the title's: some banks (PKO BP) spread the description over them. */
  titleContinuation: number[];
};

type Candidate = { columns: Map<CsvStatementField, number>; problems: { field: CsvStatementField; message: string }[] };

const synonyms = new Map<CsvStatementField, string[]>(
  csvStatementFields.map((f) => [f.field, [...new Set([...f.headers, f.field].map(normalizeHeader))]]),
);
const infoOf = (field: CsvStatementField) => csvStatementFields.find((f) => f.field === field)!;

/** The normalized header texts a field is recognised by, best first. */
export function headerSynonyms(field: CsvStatementField): readonly string[] {
  return synonyms.get(field)!;
}

/** Refuses a mapping that names a field the reader does not have. */
export function checkMapping(mapping: Record<string, string>): void {
  const unknown = Object.keys(mapping).filter((name) => !(csvStatementFieldNames as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new FileFormatError(
      `the mapping names ${unknown.map((name) => `"${name}"`).join(', ')}, which no statement field is called; the fields are: ${csvStatementFieldNames.join(', ')}`,
      undefined,
      unknown[0],
    );
  }
}

/** No row of the file's top reads as a statement's header: the file may be no statement at all. */
export class CsvHeaderError extends FileFormatError {}

export type HeaderSearch =
  | { ok: true; columns: CsvColumns }
  /**
   * `recognised`: how many columns the likeliest row named, to tell a wrong separator
   * from a wrong file; `closest`: that row and the columns it named (null when no row
   * named any), for a person to map the rest.
   */
  | { ok: false; recognised: number; closest: CsvColumns | null; error: CsvHeaderError };

/** The header row among `records` (the top of the file) and its columns, or the error naming what is missing. */
export function findColumns(records: readonly CsvRecord[], mapping: Record<string, string>): HeaderSearch {
  let best: { record: CsvRecord; candidate: Candidate } | null = null;
  for (const record of records.slice(0, HEADER_SEARCH_ROWS)) {
    if (record.cells.filter((cell) => cell !== '').length < 2) continue;
    const candidate = matchHeader(record.cells, mapping);
    if (candidate.problems.length === 0) {
      const titleContinuation = continuationOf(record.cells, candidate.columns);
      return { ok: true, columns: { header: record, columns: candidate.columns, titleContinuation } };
    }
    if (!best || candidate.columns.size > best.candidate.columns.size) best = { record, candidate };
  }
  if (!best || best.candidate.columns.size === 0) {
    const first = records.find((record) => cellsOf(record) !== '');
    const expected = `a row of column names with ${describeLookedFor('bookingDate')} and ${describeLookedFor('amount')} (or credit and debit columns)`;
    const error = new CsvHeaderError(
      `no header row in the first ${HEADER_SEARCH_ROWS} lines: expected ${expected}${first ? `; the first row has: ${cellsOf(first)}` : ''}`,
      first?.line ?? 1,
    );
    return { ok: false, recognised: 0, closest: null, error };
  }
  const { record, candidate } = best;
  const seen = cellsOf(record);
  const error = new CsvHeaderError(
    `${candidate.problems.map((p) => p.message).join('; ')}; the header row has: ${seen}`,
    record.line,
    candidate.problems[0]!.field,
  );
  const closest = { header: record, columns: candidate.columns, titleContinuation: [] };
  return { ok: false, recognised: candidate.columns.size, closest, error };
}

const cellsOf = (record: CsvRecord) =>
  record.cells
    .filter((cell) => cell !== '')
    .map((cell) => `"${cell}"`)
    .join(', ');

/** Field → the header it is read from, as the report shows it. */
export function mappingOf(columns: CsvColumns): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const [field, index] of columns.columns) mapping[field] = columns.header.cells[index]!;
  return mapping;
}

function matchHeader(headers: readonly string[], mapping: Record<string, string>): Candidate {
  const columns = new Map<CsvStatementField, number>();
  const problems: Candidate['problems'] = [];
  const used = new Set<number>();
  const normalized = headers.map((h) => [normalizeHeader(h), normalizeHeader(withoutCurrencyNote(h))] as const);

  for (const [name, header] of Object.entries(mapping)) {
    const field = name as CsvStatementField;
    if (header === '') continue;
    let index = headers.indexOf(header);
    if (index < 0) index = normalized.findIndex(([full]) => full === normalizeHeader(header));
    if (index < 0) {
      problems.push({ field, message: `the mapping reads ${field} from column "${header}", which this row does not have` });
      continue;
    }
    columns.set(field, index);
    used.add(index);
  }
  for (const field of csvStatementFieldNames) {
    if (field in mapping) continue;
    const index = findColumn(synonyms.get(field)!, normalized, used);
    if (index === undefined) continue;
    columns.set(field, index);
    used.add(index);
  }

  // A signed amount, when there is one, is the amount; separate credit and debit
  // columns are read only without it (or when the mapping asks for them), and then
  // both are needed.
  const mappedSplit = Boolean(mapping.credit || mapping.debit);
  if (mappedSplit && mapping.amount) {
    problems.push({ field: 'amount', message: 'the mapping names both an amount column and credit/debit columns: map one or the other' });
  }
  if (columns.has('amount') && !mappedSplit) {
    columns.delete('credit');
    columns.delete('debit');
  } else {
    columns.delete('amount');
    columns.delete('side');
  }
  if (!columns.has('bookingDate') && !problems.some((p) => p.field === 'bookingDate')) {
    problems.push({ field: 'bookingDate', message: `no column for ${describeLookedFor('bookingDate')}` });
  }
  const missing = (['credit', 'debit'] as const).filter((f) => !columns.has(f));
  if (!columns.has('amount') && missing.length > 0 && !problems.some((p) => ['amount', 'credit', 'debit'].includes(p.field))) {
    problems.push({
      field: 'amount',
      message:
        missing.length === 2
          ? `no column for the amount: either ${describeLookedFor('amount')}, or both ${describeLookedFor('credit')} and ${describeLookedFor('debit')}`
          : `no column for ${describeLookedFor(missing[0]!)} beside the ${missing[0] === 'credit' ? 'debits' : 'credits'} column, and no ${describeLookedFor('amount')}`,
    });
  }
  return { columns, problems };
}

// The best synonym decides: "Data księgowania" beats "Data operacji" when both are there.
function findColumn(names: readonly string[], headers: readonly (readonly [string, string])[], used: ReadonlySet<number>): number | undefined {
  for (const name of names) {
    const index = headers.findIndex(([full, bare], i) => !used.has(i) && (full === name || bare === name));
    if (index >= 0) return index;
  }
  return undefined;
}

function continuationOf(headers: readonly string[], columns: Map<CsvStatementField, number>): number[] {
  const title = columns.get('title');
  if (title === undefined) return [];
  const taken = new Set(columns.values());
  const continuation: number[] = [];
  for (let i = title + 1; i < headers.length && headers[i] === '' && !taken.has(i); i++) continuation.push(i);
  return continuation;
}

const SHOWN_SYNONYMS = 8;

// "the booking date (bookingDate: a header such as "Data księgowania", …, or 9 more)"
function describeLookedFor(field: CsvStatementField): string {
  const { label, headers } = infoOf(field);
  const shown = headers.slice(0, SHOWN_SYNONYMS).map((h) => `"${h}"`).join(', ');
  const more = headers.length > SHOWN_SYNONYMS ? ` or ${headers.length - SHOWN_SYNONYMS} more` : '';
  return `${label} (${field}: a header such as ${shown}${more})`;
}
