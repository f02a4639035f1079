// A person matches a statement line the matcher was not sure of: to one invoice or
// split across several. The line becomes a payment like an automatic match does, and
// an allocation made by mistake is undone like any other (undo-allocation.ts).
import { minorToDecimalString } from '../domain/money';
import { findStatementLine, markStatementLineMatched } from '../store/bank-statements';
import type { Db } from '../store/database';
import { cancelSettledOutboxActions } from '../store/follow-up-actions';
import { findInvoiceRow } from '../store/invoices';
import type { Actor } from './actor';
import { fail, ok, type Result } from './errors';
import { recordStatementPayment } from './statement-payments';
import { refreshAfterPayment } from './refresh-after-payment';
import { inTransaction } from './transaction';

export type MatchStatementLineInput = { allocations: { invoiceId: string; amountMinor: number }[] };

/**
 * Records the waiting line as a payment allocated as asked; what the allocations leave
 * of the line is the customer's credit. Given the organization's `today`, promises and
 * plans are settled against it.
 */
export async function matchStatementLine(
  db: Db,
  orgId: string,
  lineId: string,
  input: MatchStatementLineInput,
  actor: Actor,
  today?: string,
): Promise<Result<{ paymentId: string; allocationIds: string[] }>> {
  return inTransaction(db, async (tx) => {
    const line = await findStatementLine(tx, orgId, lineId, { lock: true });
    if (!line) return fail('not_found', 'no such statement line');
    if (line.direction === 'debit') return fail('ledger_rule', 'the line is a debit: only money received can pay invoices');
    if (line.status === 'matched' || line.paymentId !== null) return fail('conflict', 'the line is already matched');
    if (input.allocations.length === 0) {
      return fail('invalid_input', 'allocations: give at least one invoice', [{ field: 'allocations', message: 'at least one' }]);
    }
    const total = input.allocations.reduce((sum, allocation) => sum + allocation.amountMinor, 0);
    if (total > line.amountMinor) {
      const money = (minor: number) => `${minorToDecimalString(minor, line.currency)} ${line.currency}`;
      return fail('invalid_input', `allocations: together ${money(total)}, more than the line's ${money(line.amountMinor)}`, [
        { field: 'allocations', message: `at most ${line.amountMinor} in all` },
      ]);
    }
    const customerIds: string[] = [];
    for (const [index, allocation] of input.allocations.entries()) {
      const invoice = await findInvoiceRow(tx, orgId, allocation.invoiceId);
      if (!invoice) {
        return fail('not_found', `allocations.${index}.invoiceId: no such invoice`, [{ field: `allocations.${index}.invoiceId`, message: 'no such invoice' }]);
      }
      if (invoice.currency !== line.currency) {
        return fail('ledger_rule', `allocations.${index}: invoice ${invoice.number} is in ${invoice.currency}, the line in ${line.currency}`, [
          { field: `allocations.${index}.invoiceId`, message: `invoice in ${invoice.currency}` },
        ]);
      }
      customerIds.push(invoice.customerId);
    }
    const done = await recordStatementPayment(tx, orgId, line, customerIds[0]!, input.allocations, actor);
    if (!done.ok) return done;
    await markStatementLineMatched(tx, orgId, line.id, done.value.paymentId);
    if (today !== undefined) await refreshAfterPayment(tx, orgId, today, customerIds);
    await cancelSettledOutboxActions(tx, orgId, [...new Set(customerIds)]);
    return ok(done.value);
  });
}
