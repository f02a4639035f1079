// The customer contests an invoice (wrong goods, wrong price, never received): it gets
// no reminders until the dispute is resolved (seed 002), and the timeline says why.
import { insertActivity } from '../store/activities';
import type { Db } from '../store/database';
import { insertDispute, listDisputeRows } from '../store/disputes';
import { findInvoiceRow } from '../store/invoices';
import type { Actor } from './actor';
import { fail, ok, type Result } from './errors';
import { inTransaction } from './transaction';

export type OpenDisputeInput = { invoiceId: string; reason: string };

/** Opens a dispute of the invoice on `today`; conflict when one is already open. */
export async function openDispute(db: Db, orgId: string, input: OpenDisputeInput, actor: Actor, today: string): Promise<Result<{ id: string }>> {
  const reason = input.reason.trim();
  if (reason === '') return fail('invalid_input', 'reason: say what the customer contests', [{ field: 'reason', message: 'say what the customer contests' }]);
  return inTransaction(db, async (tx) => {
    // The invoice row is locked so two people opening a dispute at once get one dispute.
    const invoice = await findInvoiceRow(tx, orgId, input.invoiceId, { lock: true });
    if (!invoice) return fail('not_found', 'no such invoice', [{ field: 'invoiceId', message: 'no such invoice' }]);
    const [open] = await listDisputeRows(tx, orgId, { invoiceId: invoice.id, status: 'open' });
    if (open) return fail('conflict', `invoice ${invoice.number} is already disputed since ${open.openedOn}: resolve that dispute first`);
    const row = await insertDispute(tx, orgId, {
      customerId: invoice.customerId,
      invoiceId: invoice.id,
      reason,
      openedOn: today,
      openedByUserId: actor.userId,
    });
    await insertActivity(tx, orgId, {
      customerId: invoice.customerId,
      type: 'dispute',
      direction: 'inbound',
      userId: actor.userId,
      summary: `Invoice ${invoice.number} disputed: reminders paused until resolved`,
      body: reason,
      invoiceIds: [invoice.id],
    });
    return ok({ id: row.id });
  });
}
