// An invoice entered by mistake can go while nothing was allocated to it.
import type { Db } from '../store/database';
import { deleteInvoiceRow, findInvoiceRow, invoiceAllocatedMinor } from '../store/invoices';
import { fail, ok, type Result } from './errors';
import { inTransaction } from './transaction';

/** Deletes the invoice; ledger_rule when payments or credit notes are allocated to it. */
export async function deleteInvoice(db: Db, orgId: string, invoiceId: string): Promise<Result<null>> {
  return inTransaction(db, async (tx) => {
    const invoice = await findInvoiceRow(tx, orgId, invoiceId, { lock: true });
    if (!invoice) return fail('not_found', 'no such invoice');
    if ((await invoiceAllocatedMinor(tx, orgId, invoiceId)) > 0) {
      return fail('ledger_rule', `invoice ${invoice.number} has payments or credit notes allocated: undo them first`);
    }
    await deleteInvoiceRow(tx, orgId, invoiceId);
    return ok(null);
  });
}
