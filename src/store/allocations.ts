// Allocations: which payment or credit note settles how much of which invoice.
// Callers change them only inside a transaction that then recomputes the invoice
// balances and keeps the payment's unallocated rest right.
import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Allocation } from '../http/contract';
import type { Db } from './database';
import { isoInstant } from './instants';
import { allocations, creditNotes, invoices, payments } from './schema';

export type AllocationRow = typeof allocations.$inferSelect;

/** Inserts an allocation of a payment or a credit note (exactly one) to an invoice. */
export async function insertAllocation(
  db: Db,
  orgId: string,
  values: {
    invoiceId: string;
    paymentId: string | null;
    creditNoteId: string | null;
    amountMinor: number;
    createdByUserId: string | null;
  },
): Promise<AllocationRow> {
  const [row] = await db.insert(allocations).values({ ...values, orgId }).returning();
  return row!;
}

/** The allocation, or null when not the organization's; `lock` holds it to the transaction's end. */
export async function findAllocationRow(
  db: Db,
  orgId: string,
  allocationId: string,
  options: { lock?: boolean } = {},
): Promise<AllocationRow | null> {
  const query = db
    .select()
    .from(allocations)
    .where(and(eq(allocations.orgId, orgId), eq(allocations.id, allocationId)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

/** Deletes an allocation. */
export async function deleteAllocationRow(db: Db, orgId: string, allocationId: string): Promise<void> {
  await db.delete(allocations).where(and(eq(allocations.orgId, orgId), eq(allocations.id, allocationId)));
}

/** Allocations of one invoice, payment or credit note, oldest first, as the API shows them. */
export async function listAllocations(
  db: Db,
  orgId: string,
  of: { invoiceId: string } | { paymentId: string } | { creditNoteId: string } | { allocationId: string },
): Promise<Allocation[]> {
  const filter: SQL =
    'invoiceId' in of
      ? eq(allocations.invoiceId, of.invoiceId)
      : 'paymentId' in of
        ? eq(allocations.paymentId, of.paymentId)
        : 'creditNoteId' in of
          ? eq(allocations.creditNoteId, of.creditNoteId)
          : eq(allocations.id, of.allocationId);
  const rows = await db
    .select({
      id: allocations.id,
      invoiceId: allocations.invoiceId,
      invoiceNumber: invoices.number,
      paymentId: allocations.paymentId,
      creditNoteId: allocations.creditNoteId,
      amountMinor: allocations.amountMinor,
      currency: invoices.currency,
      paymentDate: payments.paymentDate,
      transferTitle: payments.transferTitle,
      creditNoteDate: creditNotes.issueDate,
      creditNoteNumber: creditNotes.number,
      createdAt: allocations.createdAt,
    })
    .from(allocations)
    .innerJoin(invoices, and(eq(invoices.orgId, allocations.orgId), eq(invoices.id, allocations.invoiceId)))
    .leftJoin(payments, and(eq(payments.orgId, allocations.orgId), eq(payments.id, allocations.paymentId)))
    .leftJoin(creditNotes, and(eq(creditNotes.orgId, allocations.orgId), eq(creditNotes.id, allocations.creditNoteId)))
    .where(and(eq(allocations.orgId, orgId), filter))
    .orderBy(asc(allocations.createdAt), asc(allocations.id));
  return rows.map((row) => {
    const isPayment = row.paymentId !== null;
    return {
      id: row.id,
      invoiceId: row.invoiceId,
      invoiceNumber: row.invoiceNumber,
      kind: isPayment ? 'payment' : 'credit_note',
      paymentId: row.paymentId,
      creditNoteId: row.creditNoteId,
      amountMinor: row.amountMinor,
      currency: row.currency,
      date: (isPayment ? row.paymentDate : row.creditNoteDate) ?? '',
      reference: isPayment ? row.transferTitle : row.creditNoteNumber,
      createdAt: isoInstant(row.createdAt),
    };
  });
}
