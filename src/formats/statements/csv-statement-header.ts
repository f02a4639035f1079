// Where a CSV statement's header row is and which separator the file uses. The reader
// needs it to read the rows; the web app, to show the columns of a file for mapping,
// also when a column is missing and the file cannot be read yet.
import { FileFormatError } from '../file-format-error';
import { csvDelimiters, csvRecords, isBlankRecord, type CsvDelimiter, type CsvRecord } from './csv-records';
import { findColumns, HEADER_SEARCH_ROWS, mappingOf, type CsvColumns, type HeaderSearch } from './csv-statement-columns';

/** Excel's "sep=;" first line names the separator outright; that line is then no row of the file. */
export function declaredDelimiter(text: string): CsvDelimiter | null {
  const declared = /^"?sep=(.)"?[ \t]*\r?\n/i.exec(text);
  return (csvDelimiters as readonly string[]).includes(declared?.[1] ?? '') ? (declared![1] as CsvDelimiter) : null;
}

/**
 * The separator and header row of `text`; throws CsvHeaderError when none is found.
 * Each separator is tried in turn on the top of the file; the first under which a
 * header row appears is the file's. Failing all, the error of the try that recognised
 * the most columns is the one worth showing.
 */
export function locateHeader(
  text: string,
  mapping: Record<string, string>,
  declared: CsvDelimiter | null,
): { delimiter: CsvDelimiter; columns: CsvColumns } {
  let best: Extract<HeaderSearch, { ok: false }> | null = null;
  for (const { delimiter, search } of headerSearches(text, mapping, declared)) {
    if (search.ok) return { delimiter, columns: search.columns };
    if (!best || search.recognised > best.recognised) best = search;
  }
  throw best!.error;
}

/** The header row as a person sees it before the file is read in full. */
export type CsvHeaderPreview = {
  delimiter: CsvDelimiter;
  headerLine: number;
  headers: string[];
  /** Field → the header it would be read from. */
  mapping: Record<string, string>;
  /** False when the row lacks a column the reader needs (or names none it knows): a guess to map from. */
  complete: boolean;
};

/**
 * The header row the reader would take, with the fields it would read. When no row
 * has every column needed, the row the reader came closest with; when no row names a
 * single known column, the first of the widest rows, which is where tables start.
 * Null when no separator splits any row in two.
 */
export function previewCsvHeader(text: string, mapping: Record<string, string>): CsvHeaderPreview | null {
  const source = text.replace(/^\uFEFF/, '');
  let best: { preview: CsvHeaderPreview; recognised: number; width: number } | null = null;
  for (const { delimiter, head, search } of headerSearches(source, mapping, declaredDelimiter(source))) {
    if (search.ok) return previewOf(delimiter, search.columns, true);
    const closest = search.closest ?? widestRow(head);
    if (!closest) continue;
    const width = filledCells(closest.header);
    if (!best || search.recognised > best.recognised || (search.recognised === best.recognised && width > best.width)) {
      best = { preview: previewOf(delimiter, closest, false), recognised: search.recognised, width };
    }
  }
  return best?.preview ?? null;
}

type Search = { delimiter: CsvDelimiter; head: CsvRecord[]; search: HeaderSearch };

function* headerSearches(text: string, mapping: Record<string, string>, declared: CsvDelimiter | null): Generator<Search> {
  for (const delimiter of declared ? [declared] : csvDelimiters) {
    const head = topRecords(text, delimiter).filter((r) => !(declared && r.line === 1));
    yield { delimiter, head, search: findColumns(head, mapping) };
  }
}

// The first rows, up to a quote that is never closed: the header may well be above
// it, and the full read then names the broken line.
function topRecords(text: string, delimiter: string): CsvRecord[] {
  const head: CsvRecord[] = [];
  try {
    for (const record of csvRecords(text, delimiter)) {
      if (isBlankRecord(record)) continue;
      head.push(record);
      if (head.length > HEADER_SEARCH_ROWS) break;
    }
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error;
  }
  return head;
}

const filledCells = (record: CsvRecord) => record.cells.filter((cell) => cell !== '').length;

function widestRow(head: readonly CsvRecord[]): CsvColumns | null {
  let widest: CsvRecord | null = null;
  for (const record of head.slice(0, HEADER_SEARCH_ROWS)) {
    if (filledCells(record) >= 2 && (!widest || filledCells(record) > filledCells(widest))) widest = record;
  }
  return widest && { header: widest, columns: new Map(), titleContinuation: [] };
}

function previewOf(delimiter: CsvDelimiter, columns: CsvColumns, complete: boolean): CsvHeaderPreview {
  return { delimiter, headerLine: columns.header.line, headers: columns.header.cells, mapping: mappingOf(columns), complete };
}
