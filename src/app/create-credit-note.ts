// A credit note; when it names the invoice it corrects, it is allocated to it at
// once, up to what that invoice has open.
import type { z } from 'zod';
import type { creditNoteInput } from '../http/contract';
import type { Db } from '../store/database';
import { insertCreditNote, type CreditNoteRow } from '../store/credit-notes';
import { findCustomer } from '../store/customers';
import { findInvoiceRow } from '../store/invoices';
import type { Actor } from './actor';
import { allocateWithin } from './allocate';
import { fail, ok, type Result } from './errors';
import { inTransaction } from './transaction';

/** Records the credit note (and its allocation); conflict when its number is taken. */
export async function createCreditNote(
  db: Db,
  orgId: string,
  input: z.infer<typeof creditNoteInput>,
  source: CreditNoteRow['source'],
  actor: Actor,
): Promise<Result<{ id: string }>> {
  return inTransaction(db, async (tx) => {
    if (!(await findCustomer(tx, orgId, input.customerId))) {
      return fail('not_found', 'no such customer', [{ field: 'customerId', message: 'no such customer' }]);
    }
    const invoiceId = input.invoiceId ?? null;
    const invoice = invoiceId ? await findInvoiceRow(tx, orgId, invoiceId, { lock: true }) : null;
    if (invoiceId && !invoice) return fail('not_found', 'no such invoice', [{ field: 'invoiceId', message: 'no such invoice' }]);
    if (invoice && invoice.customerId !== input.customerId) {
      return fail('ledger_rule', `invoice ${invoice.number} belongs to another customer`, [
        { field: 'invoiceId', message: 'invoice of another customer' },
      ]);
    }
    if (invoice && invoice.currency !== input.currency) {
      return fail('ledger_rule', `invoice ${invoice.number} is in ${invoice.currency}, the credit note in ${input.currency}`, [
        { field: 'currency', message: `must be ${invoice.currency}` },
      ]);
    }
    const note = await insertCreditNote(tx, orgId, {
      customerId: input.customerId,
      number: input.number.trim(),
      issueDate: input.issueDate,
      currency: input.currency,
      totalMinor: input.totalMinor,
      invoiceId,
      reason: input.reason?.trim() || null,
      source,
    });
    if (!note) return fail('conflict', `credit note number "${input.number}" is taken`, [{ field: 'number', message: 'taken' }]);
    const amountMinor = invoice && !invoice.writtenOffAt ? Math.min(note.totalMinor, invoice.openAmountMinor) : 0;
    if (invoice && amountMinor > 0) {
      const allocated = await allocateWithin(tx, orgId, { invoiceId: invoice.id, creditNoteId: note.id, amountMinor }, actor);
      if (!allocated.ok) return allocated;
    }
    return ok({ id: note.id });
  });
}
