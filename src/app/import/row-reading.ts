// The shape every kind of import shares: a row reader that turns one file row into a
// row to write (or says what is wrong with it, naming line and field), and a batch
// writer that checks what only the database knows and writes the batch.
import type { Db } from '../../store/database';
import type { SheetCell } from '../../formats/sheet-row';
import { cellText, type Parsed } from './cell-values';
import type { CustomerIndex } from './customer-index';

/** What a kind's import knows besides the rows: the organization and the file's columns. */
export type ImportContext = {
  orgId: string;
  baseCurrency: string;
  country: string;
  createCustomers: boolean;
  userId: string | null;
  /** Fields that have a column in the file. */
  mapped: ReadonlySet<string>;
  /** The header a field is read from, for messages. */
  header(field: string): string | undefined;
  customers: CustomerIndex;
};

/** A problem with one row: the file's line, the field, and what is wrong. */
export type RowIssue = { line: number; field?: string; message: string };

/** The cell of a field in the current row; null when the file has no column for it. */
export type CellGetter = (field: string) => SheetCell;

export type BatchOutcome = { created: number; updated: number; unchanged: number; issues: RowIssue[] };

export type KindImport<Row> = {
  /** Reads one data row: what to write, or the problems found in it. */
  readRow(cell: CellGetter, line: number): Row | RowIssue[];
  /**
   * Checks a batch against the database and, when `write` is true and nothing is
   * wrong, writes it. With `write` false (the file already has errors) only checks.
   */
  writeBatch(db: Db, rows: Row[], write: boolean): Promise<BatchOutcome>;
  /** Customers created on the way (invoices with createCustomers). */
  customersCreated(): number;
};

export const noChanges = (issues: RowIssue[] = []): BatchOutcome => ({ created: 0, updated: 0, unchanged: 0, issues });

/**
 * Reads the fields of rows, collecting problems; `header` names the column in
 * messages. One reader serves a whole file: `start` points it at the next row.
 */
export function rowReading(header: (field: string) => string | undefined) {
  let cell: CellGetter = () => null;
  let line = 0;
  let issues: RowIssue[] = [];
  const problem = (field: string, message: string) => {
    const column = header(field);
    issues.push({ line, field, message: column ? `column "${column}": ${message}` : message });
  };
  const text = (field: string): string | null => {
    const value = cellText(cell(field));
    return value === '' ? null : value;
  };
  const parse = <T>(field: string, required: boolean, parser: (cell: SheetCell) => Parsed<T>): T | null => {
    const raw = cell(field);
    if (cellText(raw) === '') {
      if (required) problem(field, `${field} is required but the cell is empty`);
      return null;
    }
    const parsed = parser(raw);
    if (parsed.ok) return parsed.value;
    problem(field, parsed.message);
    return null;
  };
  return {
    /** Points the reader at a row; the problems found so far are the previous row's. */
    start(rowCell: CellGetter, rowLine: number) {
      cell = rowCell;
      line = rowLine;
      issues = [];
    },
    /** The problems found in the current row. */
    get issues() {
      return issues;
    },
    problem,
    text,
    /** The raw cell of a field in the current row. */
    cell: (field: string) => cell(field),
    /** The text of a required field; an empty cell is a problem. */
    need(field: string): string | null {
      const value = text(field);
      if (value === null) problem(field, `${field} is required but the cell is empty`);
      return value;
    },
    /** A parsed value, or null for an empty cell or a problem (then recorded). */
    value: <T>(field: string, parser: (cell: SheetCell) => Parsed<T>): T | null => parse(field, false, parser),
    /** A parsed value of a required field. */
    needValue: <T>(field: string, parser: (cell: SheetCell) => Parsed<T>): T | null => parse(field, true, parser),
  };
}

export type RowReading = ReturnType<typeof rowReading>;
