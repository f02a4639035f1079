// Disputes of invoices: while one is open the invoice gets no reminders. An invoice
// has at most one open dispute at a time; resolved ones stay as its history.
import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Dispute } from '../http/contract';
import type { Db } from './database';
import { isoInstant } from './instants';
import { invoiceNumbers, userNames, userRef } from './record-refs';
import { disputes } from './schema';

export type DisputeRow = typeof disputes.$inferSelect;
export type NewDisputeValues = Pick<typeof disputes.$inferInsert, 'customerId' | 'invoiceId' | 'reason' | 'openedOn' | 'openedByUserId'>;

/** Stores a new open dispute. */
export async function insertDispute(db: Db, orgId: string, values: NewDisputeValues): Promise<DisputeRow> {
  const [row] = await db.insert(disputes).values({ ...values, orgId, status: 'open' }).returning();
  return row!;
}

/** The dispute, or null when not the organization's; `lock` holds it to the transaction's end. */
export async function findDisputeRow(db: Db, orgId: string, disputeId: string, options: { lock?: boolean } = {}): Promise<DisputeRow | null> {
  const query = db.select().from(disputes).where(and(eq(disputes.orgId, orgId), eq(disputes.id, disputeId)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

export type DisputeFilter = {
  invoiceId?: string;
  customerIds?: readonly string[];
  status?: DisputeRow['status'];
};

/** The organization's disputes, newest first, narrowed to an invoice, customers or a status. */
export async function listDisputeRows(db: Db, orgId: string, filter: DisputeFilter = {}): Promise<DisputeRow[]> {
  const filters: SQL[] = [eq(disputes.orgId, orgId)];
  if (filter.invoiceId) filters.push(eq(disputes.invoiceId, filter.invoiceId));
  if (filter.customerIds) {
    if (filter.customerIds.length === 0) return [];
    filters.push(inArray(disputes.customerId, [...filter.customerIds]));
  }
  if (filter.status) filters.push(eq(disputes.status, filter.status));
  return db
    .select()
    .from(disputes)
    .where(and(...filters))
    .orderBy(desc(disputes.openedOn), desc(disputes.createdAt), desc(disputes.id));
}

/** Resolves an open dispute; false when it was no longer open. */
export async function resolveDisputeRow(db: Db, orgId: string, disputeId: string, resolution: string, resolvedOn: string): Promise<boolean> {
  const rows = await db
    .update(disputes)
    .set({ status: 'resolved', resolution, resolvedOn })
    .where(and(eq(disputes.orgId, orgId), eq(disputes.id, disputeId), eq(disputes.status, 'open')))
    .returning({ id: disputes.id });
  return rows.length > 0;
}

/** The disputes as the API shows them. */
export async function toDisputeViews(db: Db, orgId: string, rows: readonly DisputeRow[]): Promise<Dispute[]> {
  if (rows.length === 0) return [];
  const [numbers, names] = await Promise.all([
    invoiceNumbers(db, orgId, rows.map((r) => r.invoiceId)),
    userNames(db, rows.map((r) => r.openedByUserId)),
  ]);
  return rows.map((row) => ({
    id: row.id,
    customerId: row.customerId,
    invoice: { id: row.invoiceId, number: numbers.get(row.invoiceId) ?? row.invoiceId },
    reason: row.reason,
    status: row.status,
    openedOn: row.openedOn,
    resolvedOn: row.resolvedOn,
    resolution: row.resolution,
    openedBy: userRef(row.openedByUserId, names),
    createdAt: isoInstant(row.createdAt),
  }));
}
