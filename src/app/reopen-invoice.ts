// Undoing a write-off: the invoice is owed again, as its allocations say.
import type { Db } from '../store/database';
import { insertActivity } from '../store/activities';
import { findInvoiceRow, setInvoiceWrittenOff } from '../store/invoices';
import { recomputeInvoiceBalances } from '../store/ledger';
import type { Actor } from './actor';
import { fail, ok, type Result } from './errors';
import { inTransaction } from './transaction';

/** Reopens a written-off invoice; ledger_rule when it is not written off. */
export async function reopenInvoice(db: Db, orgId: string, invoiceId: string, actor: Actor): Promise<Result<{ id: string }>> {
  return inTransaction(db, async (tx) => {
    const invoice = await findInvoiceRow(tx, orgId, invoiceId, { lock: true });
    if (!invoice) return fail('not_found', 'no such invoice');
    if (!invoice.writtenOffAt) return fail('ledger_rule', `invoice ${invoice.number} is not written off`);
    await setInvoiceWrittenOff(tx, orgId, invoiceId, null);
    await recomputeInvoiceBalances(tx, orgId, [invoiceId]);
    await insertActivity(tx, orgId, {
      customerId: invoice.customerId,
      type: 'system',
      channel: 'system',
      userId: actor.userId,
      summary: `Invoice ${invoice.number} reopened after a write-off`,
      invoiceIds: [invoiceId],
    });
    return ok({ id: invoiceId });
  });
}
