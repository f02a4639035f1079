// What every spreadsheet-like reader (CSV, XLSX) yields: one row at a time, with the
// line of the file it comes from so problems can be reported where the user sees them.

/** A cell as read: CSV gives text; XLSX also numbers, booleans and dates. */
export type SheetCell = string | number | boolean | Date | null;

/** One non-blank row; `line` is the physical line (CSV) or row number (XLSX) it starts on. */
export type SheetRow = { line: number; cells: SheetCell[] };

/** True when no cell holds anything but whitespace. */
export function isBlankRow(cells: readonly SheetCell[]): boolean {
  return cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}
