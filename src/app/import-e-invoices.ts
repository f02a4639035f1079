// Imports e-invoices (KSeF FA(2)/FA(3), UBL 2.1 / Peppol BIS 3.0; one XML document or
// a ZIP batch of them), all or nothing: a document that cannot be read, or that the
// ledger cannot take, fails the whole file and is named in the report. Documents with
// nothing to collect (advance invoices, paid ones) and corrections of invoices Duly
// does not have are skipped with the reason. Re-importing the same file changes
// nothing; a dry run does all the work and rolls it back.
import { createHash } from 'node:crypto';
import { TransactionRollbackError } from 'drizzle-orm';
import { addDays } from '../domain/dates';
import type { BankAccount, EInvoice } from '../formats/einvoices/e-invoice';
import { readEInvoices, type EInvoiceReading } from '../formats/einvoices/read-e-invoices';
import { FileFormatError } from '../formats/file-format-error';
import type { EInvoiceImportReport } from '../http/contract';
import type { Db } from '../store/database';
import { upsertImportedCustomers, type ImportedCustomer } from '../store/import-customers';
import { findInvoiceConflicts, upsertImportedInvoices, type ImportedInvoice } from '../store/import-invoices';
import { loadCustomerKeys, loadImportOrganization, lockImports } from '../store/import-lookups';
import { recordImportRun } from '../store/import-runs';
import { listBankAccounts } from '../store/organizations';
import { createCustomerIndex, taxLookupKey, type CustomerIndex, type KnownCustomer } from './import/customer-index';
import { applyCorrection } from './import/e-invoice-corrections';
import { buyerCustomer } from './import/e-invoice-customers';

export type ImportEInvoicesOptions = {
  orgId: string;
  fileName: string;
  content: Buffer;
  /** Do all the work and report exact counts, but write nothing. */
  dryRun?: boolean;
  userId?: string | null;
};

type Report = EInvoiceImportReport;
type Problem = Report['errors'][number];
type Accepted = { document: string; invoice: EInvoice };

/** Imports one e-invoice file or ZIP batch into the organization; the report says what happened. */
export async function importEInvoices(db: Db, options: ImportEInvoicesOptions): Promise<Report> {
  const { orgId, fileName } = options;
  const report: Report = {
    fileName,
    committed: false,
    documentsRead: 0,
    invoices: { created: 0, updated: 0, unchanged: 0 },
    creditNotes: { created: 0, unchanged: 0 },
    customersCreated: 0,
    dueDatesFromTerms: [],
    corrections: [],
    skipped: [],
    unknownBankAccounts: [],
    errors: [],
  };
  const organization = await loadImportOrganization(db, orgId);
  if (!organization) {
    report.errors.push({ file: fileName, message: 'the organization does not exist' });
    return report;
  }
  let readings: EInvoiceReading[];
  try {
    readings = readEInvoices(options.content, fileName);
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error;
    report.errors.push({ file: fileName, ...(error.line !== undefined ? { line: error.line } : {}), message: error.message });
    return report;
  }
  report.documentsRead = readings.length;
  // In a batch the document is the entry; a single file is its own document.
  const documentOf = (reading: EInvoiceReading) => (reading.fileName === fileName ? {} : { document: reading.fileName });
  for (const reading of readings) {
    if (reading.outcome !== 'error') continue;
    const { line } = reading.error;
    report.errors.push({ file: fileName, ...documentOf(reading), ...(line !== undefined ? { line } : {}), message: reading.error.message });
  }
  if (report.errors.length > 0) return report;

  const accepted: Accepted[] = [];
  for (const reading of readings) {
    if (reading.outcome === 'refused') {
      report.skipped.push({ document: reading.fileName, number: reading.refusal.number, reason: reading.refusal.reason });
    } else if (reading.outcome === 'invoice') {
      const foreign = issuedByAnother(reading.invoice, organization.taxId);
      if (foreign) report.skipped.push({ document: reading.fileName, number: reading.invoice.number, reason: foreign });
      else accepted.push({ document: reading.fileName, invoice: reading.invoice });
    }
  }

  try {
    await db.transaction(async (transaction) => {
      const tx = transaction as unknown as Db;
      await lockImports(tx, orgId);
      const customers = createCustomerIndex(await loadCustomerKeys(tx, orgId));
      const problems: Problem[] = [];
      const problem = (document: string, field: string | undefined, message: string) =>
        problems.push({ file: fileName, ...(document === fileName ? {} : { document }), ...(field ? { field } : {}), message });
      await importInvoices(tx, orgId, accepted.filter((a) => a.invoice.kind.type === 'invoice'), customers, organization.country, report, problem);
      if (problems.length === 0) {
        await importCorrections(tx, orgId, accepted.filter((a) => a.invoice.kind.type !== 'invoice'), customers, options.userId ?? null, report, problem);
      }
      report.unknownBankAccounts = unknownAccounts(accepted, await listBankAccounts(tx, orgId));
      report.errors.push(...problems);
      if (problems.length > 0 || options.dryRun) transaction.rollback();
      await recordImportRun(tx, orgId, {
        kind: 'einvoices',
        fileName,
        sha256: createHash('sha256').update(options.content).digest('hex'),
        rowsRead: report.documentsRead,
        created: report.invoices.created + report.creditNotes.created,
        updated: report.invoices.updated,
        unchanged: report.invoices.unchanged + report.creditNotes.unchanged,
        userId: options.userId ?? null,
      });
    });
    report.committed = true;
  } catch (error) {
    if (!(error instanceof TransactionRollbackError)) throw error;
  }
  if (report.errors.length > 0) {
    // Nothing was written, so no count may claim otherwise.
    Object.assign(report, { invoices: { created: 0, updated: 0, unchanged: 0 }, creditNotes: { created: 0, unchanged: 0 }, customersCreated: 0 });
  }
  return report;
}

type ProblemSink = (document: string, field: string | undefined, message: string) => void;
type InvoiceRow = ImportedInvoice & { document: string };

// Invoices by number: created, changed when the document differs, else unchanged.
async function importInvoices(
  tx: Db,
  orgId: string,
  documents: Accepted[],
  customers: CustomerIndex,
  orgCountry: string,
  report: Report,
  problem: ProblemSink,
): Promise<void> {
  const rows: InvoiceRow[] = [];
  const newCustomers: ImportedCustomer[] = [];
  const byNumber = new Map<string, InvoiceRow>();
  for (const { document, invoice } of documents) {
    const buyer = buyerCustomer(invoice.buyer, customers, orgCountry);
    if (!buyer.ok) {
      report.skipped.push({ document, number: invoice.number, reason: buyer.reason });
      continue;
    }
    // A new customer is created even when its invoice waits for payment terms: the
    // terms are set on it, and the next import of the file takes the invoice.
    if (buyer.created) newCustomers.push(buyer.created);
    const dueDate = dueDateOf(document, invoice, buyer.customer, report);
    if (dueDate === null) {
      report.skipped.push({
        document,
        number: invoice.number,
        reason: `${invoice.number} has no due date and customer "${buyer.customer.name}" has no payment terms to count it from: set the customer's payment terms and import again`,
      });
      continue;
    }
    if (dueDate < invoice.issueDate) {
      problem(document, 'dueDate', `invoice ${invoice.number}: the due date ${dueDate} is before the issue date ${invoice.issueDate}`);
      continue;
    }
    const row: InvoiceRow = {
      document,
      line: rows.length + 1,
      number: invoice.number,
      customerId: buyer.customer.id,
      externalId: null,
      issueDate: invoice.issueDate,
      dueDate,
      currency: invoice.currency,
      // What Duly follows up is what the buyer still owes by the document: payments and
      // settlements it records were made outside Duly and are not to be asked for again.
      grossTotalMinor: invoice.amountDueMinor,
    };
    const earlier = byNumber.get(invoice.number);
    if (earlier) {
      const same = earlier.customerId === row.customerId && earlier.issueDate === row.issueDate && earlier.dueDate === row.dueDate &&
        earlier.currency === row.currency && earlier.grossTotalMinor === row.grossTotalMinor;
      if (same) report.skipped.push({ document, number: invoice.number, reason: `the same invoice as ${earlier.document}` });
      else problem(document, 'number', `invoice ${invoice.number} is also in ${earlier.document}, with other values`);
      continue;
    }
    byNumber.set(invoice.number, row);
    rows.push(row);
  }
  report.customersCreated += newCustomers.length;
  await upsertImportedCustomers(tx, orgId, newCustomers, []);
  await writeInvoices(tx, orgId, rows, report, problem);
}

/** Writes invoice rows and counts them; rows the ledger refuses become problems. */
async function writeInvoices(tx: Db, orgId: string, rows: InvoiceRow[], report: Report, problem: ProblemSink): Promise<void> {
  const { created, updated } = await upsertImportedInvoices(tx, orgId, rows, { writeExternalId: false, source: 'einvoice' });
  report.invoices.created += created;
  report.invoices.updated += updated;
  report.invoices.unchanged += rows.length - created - updated;
  if (created + updated === rows.length) return;
  for (const conflict of await findInvoiceConflicts(tx, orgId, rows)) {
    const row = rows[conflict.line - 1]!;
    if (conflict.reason === 'customer') {
      problem(row.document, 'number', `invoice ${conflict.number} already exists for another customer, "${conflict.customerName}"`);
    } else {
      problem(row.document, 'currency', `invoice ${conflict.number} has payments or credit notes in ${conflict.currency}; its currency cannot change`);
    }
  }
}

// The document's due date, else the customer's terms counted from the issue date
// (recorded in the report); null when there is neither.
function dueDateOf(document: string, invoice: EInvoice, customer: KnownCustomer, report: Report): string | null {
  if (invoice.dueDate !== null) return invoice.dueDate;
  if (customer.paymentTermsDays === null) return null;
  const dueDate = addDays(invoice.issueDate, customer.paymentTermsDays);
  report.dueDatesFromTerms.push({ document, number: invoice.number, dueDate, paymentTermsDays: customer.paymentTermsDays });
  return dueDate;
}

// After the invoices, so that a batch may hold an invoice and its correction.
async function importCorrections(
  tx: Db,
  orgId: string,
  documents: Accepted[],
  customers: CustomerIndex,
  userId: string | null,
  report: Report,
  problem: ProblemSink,
): Promise<void> {
  const increases: InvoiceRow[] = [];
  for (const { document, invoice } of documents) {
    const outcome = await applyCorrection(tx, orgId, invoice, userId);
    switch (outcome.outcome) {
      case 'skipped':
        report.skipped.push({ document, number: invoice.number, reason: outcome.reason });
        break;
      case 'error':
        problem(document, undefined, outcome.message);
        break;
      case 'creditNote':
        if (outcome.created) report.creditNotes.created++;
        else report.creditNotes.unchanged++;
        report.corrections.push({ document, number: invoice.number, corrects: outcome.corrects, changeMinor: outcome.changeMinor, currency: invoice.currency, recordedAs: 'creditNote' });
        break;
      case 'increase': {
        const customer = customers.get(outcome.corrected.customerId);
        const dueDate = invoice.dueDate ?? (customer ? dueDateOf(document, invoice, customer, report) : null) ?? outcome.corrected.dueDate;
        increases.push({
          document,
          line: increases.length + 1,
          number: invoice.number,
          customerId: outcome.corrected.customerId,
          externalId: null,
          issueDate: invoice.issueDate,
          dueDate: dueDate < invoice.issueDate ? invoice.issueDate : dueDate,
          currency: invoice.currency,
          grossTotalMinor: outcome.changeMinor,
        });
        report.corrections.push({ document, number: invoice.number, corrects: outcome.corrects, changeMinor: outcome.changeMinor, currency: invoice.currency, recordedAs: 'invoice' });
        break;
      }
    }
  }
  await writeInvoices(tx, orgId, increases, report, problem);
}

const compactAccount = (number: string) => number.replace(/\s+/g, '').toUpperCase();

// Accounts the documents ask to be paid to that the organization does not list: a
// payment there would not show on its statements, so a person should look.
function unknownAccounts(documents: Accepted[], own: readonly { iban: string }[]): Report['unknownBankAccounts'] {
  const known = new Set(own.map((account) => compactAccount(account.iban)));
  const found = new Map<string, { account: BankAccount; documents: string[] }>();
  for (const { document, invoice } of documents) {
    for (const account of invoice.seller.bankAccounts) {
      const key = compactAccount(account.number);
      if (known.has(key)) continue;
      const entry = found.get(key) ?? { account, documents: [] };
      if (!entry.documents.includes(document)) entry.documents.push(document);
      found.set(key, entry);
    }
  }
  return [...found.values()].map(({ account, documents: names }) => ({ number: account.number, holder: account.holder, documents: names }));
}

// A purchase invoice (the organization is the buyer) dropped into the batch by mistake
// must not turn its supplier into a customer in arrears. Checked only when both tax
// ids are known: without the organization's own there is nothing to compare with.
function issuedByAnother(invoice: EInvoice, orgTaxId: string | null): string | null {
  const seller = invoice.seller.taxId;
  if (!orgTaxId || !seller || seller.type === 'other') return null;
  const own = taxLookupKey(orgTaxId);
  if (taxLookupKey(seller.value) === own) return null;
  const name = invoice.seller.name ? `"${invoice.seller.name}" ` : '';
  return `${invoice.number} was issued by ${name}(tax id ${seller.value}), not by the organization (tax id ${orgTaxId}): only the organization's own invoices are followed up`;
}
