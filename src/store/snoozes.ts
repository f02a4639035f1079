// Manual pauses of the follow-up: of a whole customer, or of one of its invoices, to a
// last day. Ending one early keeps the row with the instant it was ended.
import { and, desc, eq, gte, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Snooze } from '../http/contract';
import type { Db } from './database';
import { isoInstant } from './instants';
import { invoiceNumbers, userNames, userRef } from './record-refs';
import { snoozes } from './schema';

export type SnoozeRow = typeof snoozes.$inferSelect;
export type NewSnoozeValues = Pick<typeof snoozes.$inferInsert, 'customerId' | 'invoiceId' | 'reason' | 'until' | 'createdByUserId'>;

/** Stores a new snooze. */
export async function insertSnooze(db: Db, orgId: string, values: NewSnoozeValues): Promise<SnoozeRow> {
  const [row] = await db.insert(snoozes).values({ ...values, orgId }).returning();
  return row!;
}

/** The snooze, or null when not the organization's; `lock` holds it to the transaction's end. */
export async function findSnoozeRow(db: Db, orgId: string, snoozeId: string, options: { lock?: boolean } = {}): Promise<SnoozeRow | null> {
  const query = db.select().from(snoozes).where(and(eq(snoozes.orgId, orgId), eq(snoozes.id, snoozeId)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

export type SnoozeFilter = {
  customerIds?: readonly string[];
  /** Only snoozes not ended by hand whose last day is this day or later. */
  activeOn?: string;
};

/** The organization's snoozes, newest first, narrowed to customers or to those active on a day. */
export async function listSnoozeRows(db: Db, orgId: string, filter: SnoozeFilter = {}): Promise<SnoozeRow[]> {
  const filters: SQL[] = [eq(snoozes.orgId, orgId)];
  if (filter.customerIds) {
    if (filter.customerIds.length === 0) return [];
    filters.push(inArray(snoozes.customerId, [...filter.customerIds]));
  }
  if (filter.activeOn) filters.push(isNull(snoozes.endedAt), gte(snoozes.until, filter.activeOn));
  return db
    .select()
    .from(snoozes)
    .where(and(...filters))
    .orderBy(desc(snoozes.createdAt), desc(snoozes.id));
}

/** Ends a snooze at an instant; false when it was already ended. */
export async function endSnoozeRow(db: Db, orgId: string, snoozeId: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(snoozes)
    .set({ endedAt: at })
    .where(and(eq(snoozes.orgId, orgId), eq(snoozes.id, snoozeId), isNull(snoozes.endedAt)))
    .returning({ id: snoozes.id });
  return rows.length > 0;
}

/** Active until its last day unless ended by hand. */
export function snoozeStatus(row: Pick<SnoozeRow, 'endedAt' | 'until'>, today: string): Snooze['status'] {
  if (row.endedAt !== null) return 'ended';
  return row.until < today ? 'expired' : 'active';
}

/** The snoozes as the API shows them, with their status on `today`. */
export async function toSnoozeViews(db: Db, orgId: string, rows: readonly SnoozeRow[], today: string): Promise<Snooze[]> {
  if (rows.length === 0) return [];
  const [numbers, names] = await Promise.all([
    invoiceNumbers(db, orgId, rows.flatMap((r) => (r.invoiceId ? [r.invoiceId] : []))),
    userNames(db, rows.map((r) => r.createdByUserId)),
  ]);
  return rows.map((row) => ({
    id: row.id,
    customerId: row.customerId,
    invoice: row.invoiceId ? { id: row.invoiceId, number: numbers.get(row.invoiceId) ?? row.invoiceId } : null,
    reason: row.reason,
    until: row.until,
    endedAt: row.endedAt ? isoInstant(row.endedAt) : null,
    status: snoozeStatus(row, today),
    createdBy: userRef(row.createdByUserId, names),
    createdAt: isoInstant(row.createdAt),
  }));
}
