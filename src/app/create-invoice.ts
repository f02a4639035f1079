// A new invoice: all of it open until payments or credit notes are allocated.
import type { InvoiceInput } from '../http/contract';
import type { Db } from '../store/database';
import { findCustomer } from '../store/customers';
import { insertInvoice, type InvoiceRow } from '../store/invoices';
import { fail, ok, type Result } from './errors';

/** Creates an invoice of one of the organization's customers; conflict when its number is taken. */
export async function createInvoice(
  db: Db,
  orgId: string,
  input: InvoiceInput,
  source: InvoiceRow['source'],
): Promise<Result<{ id: string }>> {
  if (input.dueDate < input.issueDate) {
    return fail('invalid_input', 'dueDate: before the issue date', [{ field: 'dueDate', message: 'before the issue date' }]);
  }
  if (!(await findCustomer(db, orgId, input.customerId))) {
    return fail('not_found', 'no such customer', [{ field: 'customerId', message: 'no such customer' }]);
  }
  const row = await insertInvoice(db, orgId, {
    customerId: input.customerId,
    number: input.number.trim(),
    externalId: input.externalId?.trim() || null,
    issueDate: input.issueDate,
    dueDate: input.dueDate,
    currency: input.currency,
    grossTotalMinor: input.grossTotalMinor,
    source,
  });
  if (!row) return fail('conflict', `invoice number "${input.number}" is taken`, [{ field: 'number', message: 'taken' }]);
  return ok({ id: row.id });
}
