// Correcting an invoice: number, dates, total. The total may not fall below what
// payments and credit notes already cover.
import type { z } from 'zod';
import { minorToDecimalString } from '../domain/money';
import type { invoicePatch } from '../http/contract';
import type { Db } from '../store/database';
import { findInvoiceByNumber, findInvoiceRow, invoiceAllocatedMinor, updateInvoiceRow } from '../store/invoices';
import { recomputeInvoiceBalances } from '../store/ledger';
import { fail, ok, type Result } from './errors';
import { inTransaction } from './transaction';

/** Applies the patch and recomputes the balance; ledger_rule when the total would be below the allocated sum. */
export async function updateInvoice(
  db: Db,
  orgId: string,
  invoiceId: string,
  patch: z.infer<typeof invoicePatch>,
): Promise<Result<{ id: string }>> {
  return inTransaction(db, async (tx) => {
    const invoice = await findInvoiceRow(tx, orgId, invoiceId, { lock: true });
    if (!invoice) return fail('not_found', 'no such invoice');
    const issueDate = patch.issueDate ?? invoice.issueDate;
    const dueDate = patch.dueDate ?? invoice.dueDate;
    if (dueDate < issueDate) {
      return fail('invalid_input', 'dueDate: before the issue date', [{ field: 'dueDate', message: 'before the issue date' }]);
    }
    const number = patch.number?.trim();
    if (number !== undefined && number !== invoice.number) {
      const other = await findInvoiceByNumber(tx, orgId, number);
      if (other) return fail('conflict', `invoice number "${number}" is taken`, [{ field: 'number', message: 'taken' }]);
    }
    if (patch.grossTotalMinor !== undefined) {
      const allocated = await invoiceAllocatedMinor(tx, orgId, invoiceId);
      if (patch.grossTotalMinor < allocated) {
        const covered = minorToDecimalString(allocated, invoice.currency);
        return fail('ledger_rule', `the total cannot be lower than the ${covered} ${invoice.currency} already paid or credited`, [
          { field: 'grossTotalMinor', message: `at least ${allocated}` },
        ]);
      }
    }
    await updateInvoiceRow(tx, orgId, invoiceId, {
      ...(number !== undefined ? { number } : {}),
      ...(patch.externalId !== undefined ? { externalId: patch.externalId?.trim() || null } : {}),
      ...(patch.issueDate !== undefined ? { issueDate: patch.issueDate } : {}),
      ...(patch.dueDate !== undefined ? { dueDate: patch.dueDate } : {}),
      ...(patch.grossTotalMinor !== undefined ? { grossTotalMinor: patch.grossTotalMinor } : {}),
    });
    await recomputeInvoiceBalances(tx, orgId, [invoiceId]);
    return ok({ id: invoiceId });
  });
}
