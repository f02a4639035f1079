// XLSX workbooks read as a stream (exceljs' streaming reader), so a sheet of a million
// rows never sits in memory whole. The first worksheet with content is read; cells
// keep their type (text, number, boolean, date) for the import to interpret.
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { FileFormatError } from './file-format-error';
import { isBlankRow, type SheetCell, type SheetRow } from './sheet-row';
import { makeZipEntriesOutliveTheirEnd } from './xlsx-zip-end';

makeZipEntriesOutliveTheirEnd();

// Rows are handed on in groups: one promise per group, not per row.
const GROUP_SIZE = 500;

/** Reads the rows of the workbook's first non-empty worksheet, in groups; a damaged file throws FileFormatError. */
export async function* readXlsxRows(bytes: Readable): AsyncGenerator<SheetRow[]> {
  // Styles are needed: only a cell's number format tells a date from a number.
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(bytes, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let sheetsSeen = 0;
  let sheetRead: number | null = null;
  let lastLine = 0;
  let group: SheetRow[] = [];
  try {
    for await (const worksheet of workbook) {
      sheetsSeen++;
      for await (const row of worksheet) {
        // Later sheets are still read through, so the whole file is consumed.
        if (sheetRead !== null && sheetRead !== sheetsSeen) continue;
        lastLine = row.number;
        const cells = rowCells(row.values);
        if (isBlankRow(cells)) continue;
        sheetRead = sheetsSeen;
        group.push({ line: row.number, cells });
        if (group.length >= GROUP_SIZE) {
          yield group;
          group = [];
        }
      }
    }
    if (group.length > 0) yield group;
  } catch (error) {
    if (error instanceof FileFormatError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new FileFormatError(`the XLSX workbook cannot be read (${reason})`, lastLine > 0 ? lastLine : undefined);
  }
  if (sheetsSeen === 0) throw new FileFormatError('the file is a ZIP archive but not an XLSX workbook: it has no worksheet');
}

// exceljs gives a row's values 1-based, with holes for empty cells.
function rowCells(values: ExcelJS.CellValue[] | { [key: string]: ExcelJS.CellValue }): SheetCell[] {
  const list = Array.isArray(values) ? values : [];
  const cells: SheetCell[] = [];
  for (let i = 1; i < list.length; i++) cells.push(cellValue(list[i]));
  return cells;
}

/** One exceljs cell value as a plain cell: formulas give their result, rich text its text. */
export function cellValue(value: ExcelJS.CellValue | undefined): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((part) => part.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result && typeof result === 'object' && 'error' in result) return String((result as { error: unknown }).error);
      return cellValue(result as ExcelJS.CellValue | undefined);
    }
    if ('error' in value) return String(value.error);
    if ('text' in value) return cellValue((value as { text: ExcelJS.CellValue }).text);
  }
  return String(value);
}
