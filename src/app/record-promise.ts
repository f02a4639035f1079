// A customer's promise to pay, recorded by a collector or an account owner. It is
// only a promise with a day and an amount (seed 004); while it stands the reminders
// of its invoices pause until its day plus the procedure's grace.
import { validatePromise } from '../domain/promises';
import type { PromiseToPayInput } from '../http/contract';
import { insertActivity } from '../store/activities';
import { findCustomer, unsettledStatuses } from '../store/customers';
import type { Db } from '../store/database';
import { findInvoiceRow } from '../store/invoices';
import { insertPromise } from '../store/promises';
import type { Actor } from './actor';
import { fail, ok, type Issue, type Result } from './errors';
import { followUpTerms } from './follow-up-terms';
import { promiseRecordedText } from './follow-up-texts';
import { inTransaction } from './transaction';

export type RecordPromiseInput = PromiseToPayInput & { customerId: string };

/**
 * Records the promise and notes it on the timeline; invalid_input names every field
 * that is missing or wrong. Payments count towards it from the day of `now` (the
 * instant it is recorded, the database's clock when not given) in the organization's zone.
 */
export async function recordPromise(
  db: Db,
  orgId: string,
  input: RecordPromiseInput,
  actor: Actor,
  today: string,
  now?: Date,
): Promise<Result<{ id: string }>> {
  return inTransaction(db, async (tx) => {
    const customer = await findCustomer(tx, orgId, input.customerId);
    if (!customer) return fail('not_found', 'no such customer', [{ field: 'customerId', message: 'no such customer' }]);

    const issues: Issue[] = validatePromise(input, today).map((i) => ({ field: i.path, message: i.message }));
    const invoiceIds = [...new Set(input.invoiceIds ?? [])];
    const numbers: string[] = [];
    for (const [index, invoiceId] of invoiceIds.entries()) {
      const field = `invoiceIds[${index}]`;
      const invoice = await findInvoiceRow(tx, orgId, invoiceId);
      if (!invoice || invoice.customerId !== customer.id) {
        issues.push({ field, message: 'not an invoice of this customer' });
      } else if (!(unsettledStatuses as readonly string[]).includes(invoice.status)) {
        issues.push({ field, message: `invoice ${invoice.number} is ${invoice.status.replace('_', ' ')}: nothing to promise` });
      } else if (invoice.currency !== input.currency) {
        issues.push({ field, message: `invoice ${invoice.number} is in ${invoice.currency}, the promise in ${input.currency}` });
      } else {
        numbers.push(invoice.number);
      }
    }
    if (issues.length > 0) return fail('invalid_input', issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues);

    const promisedDate = input.promisedDate!;
    const amountMinor = input.amountMinor!;
    const terms = await followUpTerms(tx, orgId, customer.id, today);
    const row = await insertPromise(tx, orgId, {
      customerId: customer.id,
      invoiceIds,
      promisedDate,
      amountMinor,
      currency: input.currency,
      graceDays: terms.promiseGraceDays,
      note: input.note?.trim() || null,
      recordedByUserId: actor.userId,
      ...(now ? { createdAt: now } : {}),
    });
    await insertActivity(tx, orgId, {
      customerId: customer.id,
      type: 'promise',
      direction: 'inbound',
      userId: actor.userId,
      summary: promiseRecordedText({ amountMinor, currency: input.currency, promisedDate, invoiceNumbers: numbers }),
      body: row.note,
      invoiceIds,
    });
    return ok({ id: row.id });
  });
}
