// Importing payments received. A payment may name the invoice it pays: it is then
// allocated up to what that invoice still has open (same currency only) and the rest
// stays unallocated. Its customer is the one the row names, else the invoice's.
import { normalizeIban } from '../../domain/iban';
import type { Db } from '../../store/database';
import {
  allocateImportedPayments,
  findAllocatedPairs,
  findInvoicesByNumber,
  upsertImportedPayments,
  type ImportAllocation,
  type ImportedPayment,
  type InvoiceForPayment,
  type PaymentDetailColumn,
  type StoredPayment,
} from '../../store/import-payments';
import { parseAmountCell, parseCurrencyCell, parseDateCell } from './cell-values';
import { findReferencedCustomer } from './customer-reference';
import { externalPaymentFingerprint, transferFingerprints } from '../payment-fingerprint';
import { noChanges, rowReading, type ImportContext, type KindImport, type RowIssue } from './row-reading';

export type PaymentImportRow = ImportedPayment & { line: number; invoiceNumber: string | null; customerGiven: boolean };

/** The payments import. */
export function paymentsImport(context: ImportContext): KindImport<PaymentImportRow> {
  const changeable = (['payerName', 'payerAccount', 'transferTitle'] as PaymentDetailColumn[]).filter((f) => context.mapped.has(f));
  const nextTransferFingerprint = transferFingerprints();
  const lineOfExternalId = new Map<string, number>();

  const r = rowReading(context.header);

  const readRow: KindImport<PaymentImportRow>['readRow'] = (cell, line) => {
    r.start(cell, line);
    const paymentDate = r.needValue('paymentDate', parseDateCell);
    const currency = r.value('currency', parseCurrencyCell) ?? context.baseCurrency;
    const amountMinor = r.needValue('amount', (c) => parseAmountCell(c, currency));
    if (amountMinor !== null && amountMinor <= 0) r.problem('amount', 'a payment amount must be more than zero');
    const customer = findReferencedCustomer(r, context, { optional: true });
    const externalId = r.text('externalId');
    if (externalId !== null) {
      const earlier = lineOfExternalId.get(externalId);
      if (earlier !== undefined) r.problem('externalId', `payment ${externalId} is already on line ${earlier}`);
      else lineOfExternalId.set(externalId, line);
    }
    if (r.issues.length > 0 || paymentDate === null || amountMinor === null) return r.issues;
    const account = r.text('payerAccount');
    const facts = {
      paymentDate,
      amountMinor,
      currency,
      payerAccount: account === null ? null : normalizeIban(account),
      transferTitle: r.text('transferTitle'),
    };
    return {
      ...facts,
      line,
      fingerprint: externalId ? externalPaymentFingerprint(externalId) : nextTransferFingerprint(facts),
      externalId,
      customerId: customer?.id ?? null,
      customerGiven: customer !== null,
      payerName: r.text('payerName'),
      invoiceNumber: r.text('invoiceNumber'),
    };
  };

  async function writeBatch(db: Db, rows: PaymentImportRow[], write: boolean) {
    const numbers = [...new Set(rows.flatMap((row) => (row.invoiceNumber ? [row.invoiceNumber] : [])))];
    const invoices = new Map((await findInvoicesByNumber(db, context.orgId, numbers)).map((i) => [i.number, i]));
    const issues: RowIssue[] = [];
    for (const row of rows) {
      if (!row.invoiceNumber) continue;
      const invoice = invoices.get(row.invoiceNumber);
      const problem = (message: string) => issues.push({ line: row.line, field: 'invoiceNumber', message });
      if (!invoice) problem(`no invoice ${row.invoiceNumber}`);
      else if (invoice.currency !== row.currency) {
        problem(`invoice ${row.invoiceNumber} is in ${invoice.currency}, the payment in ${row.currency}`);
      } else if (row.customerGiven && row.customerId !== invoice.customerId) {
        const owner = context.customers.get(invoice.customerId)?.name ?? 'another customer';
        problem(`invoice ${row.invoiceNumber} is the invoice of "${owner}", not of the customer this row names`);
      } else row.customerId = invoice.customerId;
    }
    if (issues.length > 0 || !write) return noChanges(issues);

    const stored = await upsertImportedPayments(db, context.orgId, rows, changeable);
    const byFingerprint = new Map(stored.map((p) => [p.fingerprint, p]));
    for (const row of rows) {
      const payment = byFingerprint.get(row.fingerprint)!;
      if (
        row.externalId &&
        (payment.amountMinor !== row.amountMinor || payment.paymentDate !== row.paymentDate || payment.currency !== row.currency)
      ) {
        issues.push({
          line: row.line,
          field: 'externalId',
          message: `payment ${row.externalId} was imported before with another date, amount or currency; a recorded payment is not changed by an import`,
        });
      }
    }
    if (issues.length > 0) return noChanges(issues);

    const allocated = await allocate(db, rows, byFingerprint, invoices);
    const created = stored.filter((p) => p.inserted).length;
    const updated = new Set([...stored.filter((p) => p.written && !p.inserted).map((p) => p.id), ...allocated]).size;
    return { created, updated, unchanged: rows.length - created - updated, issues };
  }

  // Allocates each payment to its invoice up to the open amount, in file order, once:
  // a payment already allocated to that invoice is left as it is. Returns the ids of
  // payments that existed before and got an allocation now.
  async function allocate(
    db: Db,
    rows: PaymentImportRow[],
    byFingerprint: Map<string, StoredPayment>,
    invoices: Map<string, InvoiceForPayment>,
  ): Promise<string[]> {
    const withInvoice = rows.filter((row) => row.invoiceNumber);
    const pairs = await findAllocatedPairs(db, context.orgId, withInvoice.map((row) => byFingerprint.get(row.fingerprint)!.id));
    const openLeft = new Map([...invoices.values()].map((i) => [i.id, i.openAmountMinor]));
    const paymentLeft = new Map<string, number>();
    const allocations: ImportAllocation[] = [];
    const existingAllocated: string[] = [];
    for (const row of withInvoice) {
      const payment = byFingerprint.get(row.fingerprint)!;
      const invoice = invoices.get(row.invoiceNumber!)!;
      if (pairs.has(`${payment.id} ${invoice.id}`)) continue;
      const amountMinor = Math.min(paymentLeft.get(payment.id) ?? payment.unallocatedMinor, openLeft.get(invoice.id)!);
      if (amountMinor <= 0) continue;
      allocations.push({ paymentId: payment.id, invoiceId: invoice.id, amountMinor });
      paymentLeft.set(payment.id, (paymentLeft.get(payment.id) ?? payment.unallocatedMinor) - amountMinor);
      openLeft.set(invoice.id, openLeft.get(invoice.id)! - amountMinor);
      if (!payment.inserted) existingAllocated.push(payment.id);
    }
    await allocateImportedPayments(db, context.orgId, allocations, context.userId);
    return existingAllocated;
  }

  return { readRow, writeBatch, customersCreated: () => 0 };
}
