// CSV text split into records, each with the physical line it starts on and its text
// as written (kept on the statement line for audit). A bank export is small enough to
// hold whole, and reading it here, by hand, keeps the line count exact whatever line
// breaks the file mixes or holds inside quoted values.
import { FileFormatError } from '../file-format-error';

export type CsvRecord = {
  /** The values, trimmed; a blank line is one empty value. */
  cells: string[];
  /** The line of the file the record starts on. */
  line: number;
  /** The record's text in the file, without its line break. */
  raw: string;
};

/** The separators a bank's CSV may use, in the order they are tried. */
export const csvDelimiters = [';', '\t', ','] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

/**
 * The records of CSV text, lazily: a quoted value may hold separators, line breaks and
 * doubled quotes; a quote inside an unquoted value is taken as a character. A quote
 * that is never closed throws FileFormatError naming the line it opens on.
 */
export function* csvRecords(text: string, delimiter: string): Generator<CsvRecord> {
  let at = 0;
  let line = 1;
  while (at < text.length) {
    const start = at;
    const startLine = line;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    let quoteLine = line;
    for (; at < text.length; at++) {
      const ch = text[at]!;
      if (quoted) {
        if (ch === '"') {
          if (text[at + 1] === '"') {
            cell += '"';
            at++;
          } else quoted = false;
          continue;
        }
        if (ch === '\n' || (ch === '\r' && text[at + 1] !== '\n')) line++;
        cell += ch;
        continue;
      }
      if (ch === delimiter) {
        cells.push(cell.trim());
        cell = '';
      } else if (ch === '\r' || ch === '\n') {
        break;
      } else if (ch === '"' && cell.trim() === '') {
        quoted = true;
        quoteLine = line;
        cell = '';
      } else {
        cell += ch;
      }
    }
    if (quoted) {
      throw new FileFormatError(`a quoted value opened on line ${quoteLine} is never closed: a '"' is missing`, quoteLine);
    }
    cells.push(cell.trim());
    const raw = text.slice(start, at);
    at += text.startsWith('\r\n', at) ? 2 : 1;
    line++;
    yield { cells, line: startLine, raw };
  }
}

/** True for a record with nothing but empty values. */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.cells.every((cell) => cell === '');
}
