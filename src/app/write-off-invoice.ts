// Writing off what is still open on an invoice, noted on the customer's timeline.
import { minorToDecimalString } from '../domain/money';
import type { Db } from '../store/database';
import { insertActivity } from '../store/activities';
import { findInvoiceRow, setInvoiceWrittenOff } from '../store/invoices';
import { recomputeInvoiceBalances } from '../store/ledger';
import type { Actor } from './actor';
import { fail, ok, type Result } from './errors';
import { inTransaction } from './transaction';

/** Writes the invoice off; ledger_rule when it is already written off or nothing is open. */
export async function writeOffInvoice(
  db: Db,
  orgId: string,
  invoiceId: string,
  actor: Actor,
  now: Date,
): Promise<Result<{ id: string }>> {
  return inTransaction(db, async (tx) => {
    const invoice = await findInvoiceRow(tx, orgId, invoiceId, { lock: true });
    if (!invoice) return fail('not_found', 'no such invoice');
    if (invoice.writtenOffAt) return fail('ledger_rule', `invoice ${invoice.number} is already written off`);
    if (invoice.openAmountMinor <= 0) return fail('ledger_rule', `nothing is open on invoice ${invoice.number}`);
    await setInvoiceWrittenOff(tx, orgId, invoiceId, now);
    await recomputeInvoiceBalances(tx, orgId, [invoiceId]);
    await insertActivity(tx, orgId, {
      customerId: invoice.customerId,
      type: 'system',
      channel: 'system',
      userId: actor.userId,
      summary: `Invoice ${invoice.number} written off: ${minorToDecimalString(invoice.openAmountMinor, invoice.currency)} ${invoice.currency}`,
      invoiceIds: [invoiceId],
    });
    return ok({ id: invoiceId });
  });
}
