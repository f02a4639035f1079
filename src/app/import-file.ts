// Imports customers, contacts, invoices or payments from a CSV or XLSX file, all or
// nothing: the file streams through in batches inside one transaction, and any
// problem in any row rolls all of it back and is reported with file, line and field.
// Re-importing the same file changes nothing; the report counts what was created,
// updated and left unchanged. A dry run does the same work and always rolls back.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { TransactionRollbackError } from 'drizzle-orm';
import { FileFormatError } from '../formats/file-format-error';
import { openSheet } from '../formats/sheet';
import type { SheetCell, SheetRow } from '../formats/sheet-row';
import type { ImportKind, ImportReport } from '../http/contract';
import type { Db } from '../store/database';
import { loadCustomerKeys, loadImportOrganization, loadMemberEmails, lockImports } from '../store/import-lookups';
import { recordImportRun } from '../store/import-runs';
import { cellText } from './import/cell-values';
import { contactsImport } from './import/contacts';
import { createCustomerIndex } from './import/customer-index';
import { customersImport } from './import/customers';
import { matchColumns } from './import/headers';
import { invoicesImport } from './import/invoices';
import { issueList, type IssueList } from './import/issue-list';
import { paymentsImport } from './import/payments';
import type { ImportContext, KindImport, RowIssue } from './import/row-reading';

export type ImportFileOptions = {
  orgId: string;
  kind: ImportKind;
  fileName: string;
  content: Readable | Buffer;
  /** Field → column header; overrides what the headers suggest ('' leaves a field unread). */
  mapping?: Record<string, string>;
  /** Do all the work and report exact counts, but write nothing. */
  dryRun?: boolean;
  /** Invoices only: create customers the file names but Duly does not know yet. */
  createCustomers?: boolean;
  userId?: string | null;
  /** Called as rows are read, with the count so far. */
  onProgress?: (rowsRead: number) => void;
};

// Rows per statement (sent as one JSON parameter): large enough that per-statement
// costs vanish, small enough to keep statements and memory small. Measured: 1000 and
// 5000 were no faster.
const BATCH_SIZE = 2000;
const MAX_ERRORS = 1000;
const CHUNK_BYTES = 64 * 1024;

type Tally = { rowsRead: number; created: number; updated: number; unchanged: number; customersCreated: number };

/** Imports one file into the organization; the report says what happened and what is wrong. */
export async function importFile(db: Db, options: ImportFileOptions): Promise<ImportReport> {
  const { orgId, kind, fileName } = options;
  const errors = issueList(fileName, MAX_ERRORS);
  const report: ImportReport = {
    kind,
    fileName,
    committed: false,
    rowsRead: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    errors: [],
    errorsTruncated: false,
    headers: [],
    mapping: {},
    customersCreated: 0,
  };
  const finish = (tally: Tally | null): ImportReport => {
    const clean = errors.count() === 0;
    Object.assign(report, {
      rowsRead: tally?.rowsRead ?? 0,
      errors: errors.list(),
      errorsTruncated: errors.truncated(),
      ...(tally && clean
        ? {
            created: tally.created,
            updated: tally.updated,
            unchanged: tally.unchanged,
            customersCreated: tally.customersCreated,
          }
        : {}),
    });
    return report;
  };

  const organization = await loadImportOrganization(db, orgId);
  if (!organization) {
    errors.add({ line: undefined, message: 'the organization does not exist' });
    return finish(null);
  }
  const digest = createHash('sha256');
  const opened = await openSheet(fileName, hashed(byteChunks(options.content), digest));
  if (!opened.ok) {
    errors.add({ line: 1, message: opened.message });
    return finish(null);
  }

  let tally: Tally | null = null;
  try {
    await db.transaction(async (transaction) => {
      const tx = transaction as unknown as Db;
      await lockImports(tx, orgId);
      tally = await importRows(tx, opened.sheet.rows, options, organization, errors, report);
      if (errors.count() > 0 || options.dryRun) transaction.rollback();
      await recordImportRun(tx, orgId, {
        kind,
        fileName,
        sha256: digest.digest('hex'),
        rowsRead: tally.rowsRead,
        created: tally.created,
        updated: tally.updated,
        unchanged: tally.unchanged,
        userId: options.userId ?? null,
      });
    });
    report.committed = true;
  } catch (error) {
    if (!(error instanceof TransactionRollbackError)) throw error;
  }
  return finish(tally);
}

// Reads the header, then the rows in batches: each row is checked as it comes, each
// full batch is checked against the database and written (once any error is found,
// only checked, to report as many problems as possible in one go).
async function importRows(
  tx: Db,
  rows: AsyncIterable<SheetRow[]>,
  options: ImportFileOptions,
  organization: { baseCurrency: string; country: string },
  errors: IssueList,
  report: ImportReport,
): Promise<Tally> {
  const tally: Tally = { rowsRead: 0, created: 0, updated: 0, unchanged: 0, customersCreated: 0 };
  const groups = rows[Symbol.asyncIterator]();
  let reader: RowReader | null = null;
  try {
    for (let next = await groups.next(); !next.done && !errors.truncated(); next = await groups.next()) {
      let group = next.value;
      if (!reader) {
        if (group.length === 0) continue;
        const at = headerRowIndex(options.kind, group, options.mapping);
        reader = await startReading(tx, group[at]!, options, organization, errors, report, tally);
        if (!reader) return tally;
        group = group.slice(at + 1);
      }
      for (const row of group) {
        if (reader.read(row)) await reader.flush();
        if (errors.truncated()) break;
      }
      options.onProgress?.(tally.rowsRead);
    }
    if (!reader) {
      errors.add({ line: 1, message: 'the file has no rows: a header row naming the columns is expected' });
      return tally;
    }
    if (!errors.truncated()) await reader.flush();
    await reader.settle();
    tally.customersCreated = reader.customersCreated();
    options.onProgress?.(tally.rowsRead);
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error;
    errors.add({ line: error.line, message: error.message });
    await reader?.settle();
  } finally {
    await groups.return?.();
  }
  return tally;
}

// Exports often start with a title or a date range above the header row: up to this
// many leading rows that name no known column are passed over to find it.
const HEADER_SEARCH_ROWS = 10;

function headerRowIndex(kind: ImportKind, rows: readonly SheetRow[], mapping: Record<string, string> | undefined): number {
  const candidates = rows.slice(0, HEADER_SEARCH_ROWS);
  const index = candidates.findIndex((row) => matchColumns(kind, row.cells.map(cellText), mapping).columns.size > 0);
  return Math.max(index, 0);
}

type RowReader = {
  /** Reads one row; true when a batch is full and should be flushed. */
  read(row: SheetRow): boolean;
  /** Sends the rows read so far to be written (after the batch before them is done). */
  flush(): Promise<void>;
  /** Waits until every batch sent is written. */
  settle(): Promise<void>;
  customersCreated(): number;
};

// Matches the header row to the fields and sets up reading the rows; null when the
// columns do not fit (the problems are recorded).
async function startReading(
  tx: Db,
  header: SheetRow,
  options: ImportFileOptions,
  organization: { baseCurrency: string; country: string },
  errors: IssueList,
  report: ImportReport,
  tally: Tally,
): Promise<RowReader | null> {
  const headers = header.cells.map((cell) => cellText(cell));
  const match = matchColumns(options.kind, headers, options.mapping);
  report.headers = headers;
  report.mapping = match.mapping;
  errors.addAll(match.issues.map((issue) => ({ ...issue, line: header.line })));
  if (match.issues.length > 0) return null;

  const context: ImportContext = {
    orgId: options.orgId,
    baseCurrency: organization.baseCurrency,
    country: organization.country,
    createCustomers: options.createCustomers ?? false,
    userId: options.userId ?? null,
    mapped: new Set(match.columns.keys()),
    header: (field) => match.mapping[field],
    customers: createCustomerIndex(await loadCustomerKeys(tx, options.orgId)),
  };
  const importer = await importerFor(tx, options.kind, context);
  let current: SheetCell[] = [];
  const cell = (field: string): SheetCell => {
    const index = match.columns.get(field);
    return index === undefined ? null : (current[index] ?? null);
  };
  // One batch is written while the next is read: on a PostgreSQL server parsing and
  // checking overlap with the database's work. A batch is sent only once the one
  // before it is done, since its problems decide whether the next one writes.
  let batch: unknown[] = [];
  let writing: Promise<void> = Promise.resolve();
  let writeFailure: { error: unknown } | null = null;
  const settle = async () => {
    await writing;
    if (writeFailure) throw writeFailure.error;
  };
  const flush = async () => {
    await settle();
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    writing = importer.writeBatch(tx, rows, errors.count() === 0).then(
      (outcome) => {
        tally.created += outcome.created;
        tally.updated += outcome.updated;
        tally.unchanged += outcome.unchanged;
        errors.addAll(outcome.issues);
      },
      (error: unknown) => {
        writeFailure = { error };
      },
    );
  };
  return {
    read(row) {
      current = row.cells;
      tally.rowsRead++;
      const read = importer.readRow(cell, row.line);
      if (Array.isArray(read)) errors.addAll(read as RowIssue[]);
      else batch.push(read);
      return batch.length >= BATCH_SIZE;
    },
    flush,
    settle,
    customersCreated: () => importer.customersCreated(),
  };
}

async function importerFor(tx: Db, kind: ImportKind, context: ImportContext): Promise<KindImport<unknown>> {
  switch (kind) {
    case 'customers':
      return customersImport(context, await loadMemberEmails(tx, context.orgId)) as KindImport<unknown>;
    case 'contacts':
      return contactsImport(context) as KindImport<unknown>;
    case 'invoices':
      return invoicesImport(context) as KindImport<unknown>;
    case 'payments':
      return paymentsImport(context) as KindImport<unknown>;
  }
}

// A buffer goes in pieces, so text decoding and parsing stream the same either way.
async function* byteChunks(content: Readable | Buffer): AsyncGenerator<Uint8Array> {
  if (Buffer.isBuffer(content)) {
    for (let at = 0; at < content.length; at += CHUNK_BYTES) yield content.subarray(at, at + CHUNK_BYTES);
    return;
  }
  for await (const chunk of content) yield typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
}

async function* hashed(chunks: AsyncIterable<Uint8Array>, digest: ReturnType<typeof createHash>): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    digest.update(chunk);
    yield chunk;
  }
}
