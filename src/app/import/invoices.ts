// Importing invoices, keyed by number. Each names its customer by code, tax id or
// name; an unknown customer is an error unless the import may create customers, and
// then it is created from what the row says. A missing due date is the issue date
// plus the customer's payment terms.
import { randomUUID } from 'node:crypto';
import { addDays } from '../../domain/dates';
import { looksLikeVatId, normalizeVatId } from '../../domain/tax-ids';
import type { Db } from '../../store/database';
import { upsertImportedCustomers, type ImportedCustomer } from '../../store/import-customers';
import { findInvoiceConflicts, upsertImportedInvoices, type ImportedInvoice } from '../../store/import-invoices';
import { parseAmountCell, parseCurrencyCell, parseDateCell } from './cell-values';
import { newCustomerRow, type KnownCustomer } from './customer-index';
import { customerKeysOf, findReferencedCustomer, unknownCustomerMessage } from './customer-reference';
import { parseTaxIdCell } from './party-values';
import { noChanges, type ImportContext, type KindImport, type RowIssue, type RowReading, rowReading } from './row-reading';

export type InvoiceImportRow = ImportedInvoice & { newCustomer: ImportedCustomer | null };

/** The invoices import. */
export function invoicesImport(context: ImportContext): KindImport<InvoiceImportRow> {
  const lineOfNumber = new Map<string, number>();
  let customersCreated = 0;

  const r = rowReading(context.header);

  const readRow: KindImport<InvoiceImportRow>['readRow'] = (cell, line) => {
    r.start(cell, line);
    const number = r.need('number');
    const { customer, created } = customerOf(r, context);
    const issueDate = r.needValue('issueDate', parseDateCell);
    const currency = r.value('currency', parseCurrencyCell) ?? context.baseCurrency;
    const grossTotalMinor = r.needValue('grossTotal', (c) => parseAmountCell(c, currency));
    if (grossTotalMinor !== null && grossTotalMinor <= 0) {
      r.problem('grossTotal', 'an invoice total must be more than zero (credit notes are not imported as invoices)');
    }
    let dueDate = r.value('dueDate', parseDateCell);
    if (dueDate === null && issueDate !== null && customer && r.text('dueDate') === null) {
      if (customer.paymentTermsDays === null) {
        r.problem('dueDate', `no due date, and customer "${customer.name}" has no payment terms to count it from`);
      } else dueDate = addDays(issueDate, customer.paymentTermsDays);
    }
    if (dueDate !== null && issueDate !== null && dueDate < issueDate) {
      r.problem('dueDate', `the due date ${dueDate} is before the issue date ${issueDate}`);
    }
    if (number !== null) {
      const earlier = lineOfNumber.get(number);
      if (earlier !== undefined) r.problem('number', `invoice ${number} is already on line ${earlier}`);
      else lineOfNumber.set(number, line);
    }
    if (r.issues.length > 0 || !customer || number === null || issueDate === null || dueDate === null) {
      return r.issues;
    }
    if (created) {
      context.customers.put(customer);
      customersCreated++;
    }
    return {
      line,
      number,
      customerId: customer.id,
      externalId: r.text('externalId'),
      issueDate,
      dueDate,
      currency,
      grossTotalMinor: grossTotalMinor!,
      newCustomer: created ? newCustomerRow(customer) : null,
    };
  };

  async function writeBatch(db: Db, rows: InvoiceImportRow[], write: boolean) {
    if (!write) return noChanges(await conflictsOf(db, rows));
    const newCustomers = rows.flatMap((row) => (row.newCustomer ? [row.newCustomer] : []));
    await upsertImportedCustomers(db, context.orgId, newCustomers, []);
    const { created, updated } = await upsertImportedInvoices(db, context.orgId, rows, {
      writeExternalId: context.mapped.has('externalId'),
    });
    // Rows neither created nor updated are unchanged or refused; only then is it
    // worth looking for the refused ones (a first import never pays for the check).
    const issues = created + updated < rows.length ? await conflictsOf(db, rows) : [];
    return { created, updated, unchanged: rows.length - created - updated, issues };
  }

  async function conflictsOf(db: Db, rows: InvoiceImportRow[]): Promise<RowIssue[]> {
    const conflicts = await findInvoiceConflicts(db, context.orgId, rows);
    return conflicts.map((c) => ({
      line: c.line,
      field: c.reason === 'customer' ? 'number' : 'currency',
      message:
        c.reason === 'customer'
          ? `invoice ${c.number} already exists for another customer, "${c.customerName}"`
          : `invoice ${c.number} has payments or credit notes in ${c.currency}; its currency cannot change`,
    }));
  }

  return { readRow, writeBatch, customersCreated: () => customersCreated };
}

// The row's customer: found, or — when the import may create customers — made from
// the row's code, tax id and name. Not added to the index until the row is accepted.
function customerOf(r: RowReading, context: ImportContext): { customer: KnownCustomer | null; created: boolean } {
  const given = customerKeysOf(r);
  if (!context.createCustomers || !given) return { customer: findReferencedCustomer(r, context), created: false };
  const match = context.customers.find(given.keys);
  if (match.found) return { customer: match.customer, created: false };
  if (match.ambiguous) {
    r.problem(given.field, unknownCustomerMessage(match));
    return { customer: null, created: false };
  }
  const name = given.keys.name;
  if (!name) {
    r.problem(given.field, `${match.message}; to create the customer the file needs its name (a customer name column)`);
    return { customer: null, created: false };
  }
  let country = context.country;
  let taxId: string | null = null;
  let vatId: string | null = null;
  const taxText = given.keys.taxId;
  if (taxText) {
    const asVat = normalizeVatId(taxText);
    // A foreign EU VAT id ("DE123456789") makes a foreign customer; anything else is
    // the organization's own kind of tax id and is checked as such.
    if (looksLikeVatId(asVat) && !asVat.startsWith(context.country)) {
      vatId = asVat;
      country = asVat.startsWith('EL') ? 'GR' : asVat.slice(0, 2);
    } else {
      const parsed = r.value('customerTaxId', (c) => parseTaxIdCell(c, context.country));
      if (parsed === null) return { customer: null, created: false };
      taxId = parsed;
    }
  }
  const customer: KnownCustomer = {
    id: randomUUID(),
    externalId: given.keys.externalId ?? null,
    taxId,
    vatId,
    name,
    paymentTermsDays: null,
    country,
  };
  return { customer, created: true };
}
