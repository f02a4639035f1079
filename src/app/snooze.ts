// A manual pause of the follow-up, of a whole customer or of one invoice, for a reason
// and to a last day ("the owner is back on the 12th", "waiting for the corrected PO").
import { isIsoDate } from '../domain/dates';
import type { SnoozeInput } from '../http/contract';
import { insertActivity } from '../store/activities';
import { findCustomer } from '../store/customers';
import type { Db } from '../store/database';
import { findInvoiceRow } from '../store/invoices';
import { insertSnooze } from '../store/snoozes';
import type { Actor } from './actor';
import { fail, ok, type Issue, type Result } from './errors';
import { inTransaction } from './transaction';

export type SnoozeRequest = SnoozeInput & { customerId: string };

/** Pauses the customer (or one of its invoices) to `until`, which must be after `today`; the reason is required. */
export async function snooze(db: Db, orgId: string, input: SnoozeRequest, actor: Actor, today: string): Promise<Result<{ id: string }>> {
  return inTransaction(db, async (tx) => {
    const customer = await findCustomer(tx, orgId, input.customerId);
    if (!customer) return fail('not_found', 'no such customer', [{ field: 'customerId', message: 'no such customer' }]);
    const issues: Issue[] = [];
    const reason = input.reason.trim();
    if (reason === '') issues.push({ field: 'reason', message: 'say why the follow-up pauses' });
    if (!isIsoDate(input.until)) issues.push({ field: 'until', message: `not a calendar date (YYYY-MM-DD): ${input.until}` });
    else if (input.until <= today) issues.push({ field: 'until', message: `the last day of a snooze must be after today (${today})` });
    const invoice = input.invoiceId ? await findInvoiceRow(tx, orgId, input.invoiceId) : null;
    if (input.invoiceId && (!invoice || invoice.customerId !== customer.id)) issues.push({ field: 'invoiceId', message: 'not an invoice of this customer' });
    if (issues.length > 0) return fail('invalid_input', issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues);

    const row = await insertSnooze(tx, orgId, {
      customerId: customer.id,
      invoiceId: invoice?.id ?? null,
      reason,
      until: input.until,
      createdByUserId: actor.userId,
    });
    await insertActivity(tx, orgId, {
      customerId: customer.id,
      type: 'system',
      channel: 'system',
      userId: actor.userId,
      summary: invoice ? `Reminders of invoice ${invoice.number} snoozed until ${input.until}` : `Follow-up of the customer snoozed until ${input.until}`,
      body: reason,
      invoiceIds: invoice ? [invoice.id] : [],
    });
    return ok({ id: row.id });
  });
}
