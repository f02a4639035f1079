// CSV as accounting programs and spreadsheets write it: `;`, `,`, tab or `|` between
// values (sniffed from the header line, or told by Excel's "sep=;" first line), quoted
// values with separators and line breaks inside, CRLF or LF. Rows stream out one by
// one with the physical line they start on.
import { CsvError, parse } from 'csv-parse';
import { FileFormatError } from './file-format-error';
import { isBlankRow, type SheetRow } from './sheet-row';

const CANDIDATE_DELIMITERS = [';', '\t', ',', '|'] as const;
// The header line is looked for within this much text; a longer "line" means the
// file is no CSV (or one long unterminated quote).
const MAX_HEADER_TEXT = 1_000_000;
// A single record larger than this is a runaway quote, not data; stopping keeps
// memory bounded whatever the file holds.
const MAX_RECORD_CHARS = 1_000_000;

/** Picks the separator used most often outside quotes in the header line (`,` if none). */
export function sniffDelimiter(headerLine: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (CANDIDATE_DELIMITERS as readonly string[]).includes(ch)) {
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
  }
  let best = ',';
  let bestCount = 0;
  for (const candidate of CANDIDATE_DELIMITERS) {
    const count = counts.get(candidate) ?? 0;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/** The first line with anything but whitespace (line breaks inside quotes do not end it), or null when there is none yet. */
export function firstLine(text: string): string | null {
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      const line = text.slice(start, i);
      if (line.trim() !== '') return line;
      start = i + 1;
    }
  }
  return null;
}

/**
 * Reads CSV text into rows, yielded in groups as they are parsed; blank rows are
 * skipped; a malformed file throws FileFormatError with the line of the broken record.
 */
export async function* readCsvRows(text: AsyncIterable<string>): AsyncGenerator<SheetRow[]> {
  const source = text[Symbol.asyncIterator]();
  let head = '';
  let ended = false;
  while (firstLine(head) === null && head.length < MAX_HEADER_TEXT) {
    const next = await source.next();
    if (next.done) {
      ended = true;
      break;
    }
    head += next.value;
  }
  const headerLine = firstLine(head) ?? head;
  let delimiter = sniffDelimiter(headerLine);
  let nextLine = 1;
  const declared = /^sep=(.)$/i.exec(headerLine.trim());
  if (declared && head.startsWith(headerLine)) {
    delimiter = declared[1]!;
    head = head.slice(headerLine.length).replace(/^\r?\n/, '');
    nextLine = 2;
  }

  const parser = parse({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    // Empty lines come through as records so that every line is counted here; csv-parse's
    // own count takes a CRLF inside a quoted value for two lines.
    skip_empty_lines: false,
    trim: true,
    max_record_size: MAX_RECORD_CHARS,
  });
  // The parser is driven by hand rather than iterated: records of a chunk arrive
  // during its write, so after a parse error every record before the broken one has
  // been counted and `nextLine` is where the broken one starts; and rows travel in
  // groups, which costs far less than one promise per row.
  let parsed: SheetRow[] = [];
  let failure: unknown = null;
  parser.on('data', (record: string[]) => {
    const line = nextLine;
    nextLine += 1 + lineBreaksIn(record);
    if (!isBlankRow(record)) parsed.push({ line, cells: record });
  });
  parser.on('error', (error) => {
    failure ??= error;
  });
  const write = (chunk: string) =>
    new Promise<void>((resolve) =>
      parser.write(chunk, (error) => {
        failure ??= error ?? null;
        resolve();
      }),
    );
  const take = () => {
    const rows = parsed;
    parsed = [];
    return rows;
  };
  const failed = (): FileFormatError | null => {
    if (failure === null) return null;
    if (failure instanceof CsvError) return new FileFormatError(describeCsvError(failure), nextLine);
    throw failure;
  };

  try {
    if (head !== '') await write(head);
    while (!ended && failure === null) {
      if (parsed.length > 0) yield take();
      const next = await source.next();
      if (next.done) break;
      await write(next.value);
    }
    if (failure === null) {
      await new Promise<void>((resolve) => {
        parser.once('end', resolve);
        parser.once('error', () => resolve());
        parser.end();
        parser.resume();
      });
    }
    if (parsed.length > 0) yield take();
    const error = failed();
    if (error) throw error;
  } finally {
    parser.destroy();
    await source.return?.();
  }
}

// A record takes one line plus one for each line break inside its quoted values.
function lineBreaksIn(record: readonly string[]): number {
  let count = 0;
  for (const value of record) {
    if (value.length === 0 || (!value.includes('\n') && !value.includes('\r'))) continue;
    count += (value.match(/\r\n|\r|\n/g) ?? []).length;
  }
  return count;
}

function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted value is opened but never closed: a `"` is missing';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'a quoted value is followed by other characters before the next separator';
    case 'CSV_MAX_RECORD_SIZE':
      return `a row is longer than ${MAX_RECORD_CHARS} characters: most likely a quote that is never closed`;
    default:
      return `the file is not valid CSV: ${error.message}`;
  }
}
