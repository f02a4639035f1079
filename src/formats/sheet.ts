// Opens a tabular file as rows, whatever it is: an XLSX workbook (known by the ZIP
// signature, whatever the name says) or CSV text in any supported encoding. Files
// that are neither — a PDF renamed .csv, an old .xls — are refused with a clear reason.
import { Readable } from 'node:stream';
import { readCsvRows } from './csv';
import type { SheetRow } from './sheet-row';
import { decodeText, encodingFromBom, type TextEncodingName } from './text-decoding';
import { readXlsxRows } from './xlsx';

export type SheetFormat = 'csv' | 'xlsx';

export type OpenedSheet = {
  format: SheetFormat;
  /** The rows in file order, in groups. */
  rows: AsyncIterable<SheetRow[]>;
  /** The text encoding of a CSV file ('ascii' while only ASCII was read); null for XLSX. */
  encoding(): TextEncodingName | 'ascii' | null;
};

export type OpenSheetResult = { ok: true; sheet: OpenedSheet } | { ok: false; message: string };

const SNIFF_BYTES = 4096;

const startsWith = (head: Uint8Array, signature: number[]) => signature.every((b, i) => head[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const PDF = [0x25, 0x50, 0x44, 0x46];

/** Looks at the first bytes and the name, and returns the rows of the file. */
export async function openSheet(fileName: string, bytes: AsyncIterable<Uint8Array>): Promise<OpenSheetResult> {
  const { head, all } = await peek(bytes, SNIFF_BYTES);
  if (head.length === 0) return { ok: false, message: 'the file is empty' };
  if (startsWith(head, ZIP)) {
    return { ok: true, sheet: { format: 'xlsx', rows: readXlsxRows(Readable.from(all)), encoding: () => null } };
  }
  if (startsWith(head, OLE)) {
    return { ok: false, message: 'this is an old Excel 97–2003 (.xls) file: save it as .xlsx or as CSV' };
  }
  if (startsWith(head, PDF)) return { ok: false, message: 'this is a PDF document, not a CSV or XLSX file' };
  if (/\.(xlsx|xlsm)$/i.test(fileName)) {
    return { ok: false, message: 'the file is named .xlsx but is not an XLSX workbook' };
  }
  if (!encodingFromBom(head) && head.includes(0)) {
    return { ok: false, message: 'this is a binary file, not CSV text or an XLSX workbook' };
  }
  const text = decodeText(all);
  return { ok: true, sheet: { format: 'csv', rows: readCsvRows(text.chunks), encoding: text.encoding } };
}

// Reads at least `size` bytes (or all there are) and hands back a stream that still
// yields everything from the start.
async function peek(
  bytes: AsyncIterable<Uint8Array>,
  size: number,
): Promise<{ head: Uint8Array; all: AsyncGenerator<Uint8Array> }> {
  const source = bytes[Symbol.asyncIterator]();
  const taken: Uint8Array[] = [];
  let length = 0;
  let ended = false;
  while (length < size) {
    const next = await source.next();
    if (next.done) {
      ended = true;
      break;
    }
    taken.push(next.value);
    length += next.value.length;
  }
  async function* all(): AsyncGenerator<Uint8Array> {
    yield* taken;
    if (ended) return;
    for (let next = await source.next(); !next.done; next = await source.next()) yield next.value;
  }
  return { head: Buffer.concat(taken).subarray(0, size), all: all() };
}
