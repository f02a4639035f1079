// Credit notes: corrections that lower what a customer owes, allocated to invoices.
import { and, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { CreditNote } from '../http/contract';
import type { Db } from './database';
import { isoInstant } from './instants';
import { allocations, creditNotes } from './schema';
import { containsPattern } from './text-search';

export type CreditNoteRow = typeof creditNotes.$inferSelect;
export type NewCreditNoteValues = Omit<typeof creditNotes.$inferInsert, 'id' | 'orgId' | 'createdAt'>;

/** A credit note row as the API shows it. */
export function toCreditNote(row: CreditNoteRow): CreditNote {
  return {
    id: row.id,
    customerId: row.customerId,
    number: row.number,
    issueDate: row.issueDate,
    currency: row.currency,
    totalMinor: row.totalMinor,
    invoiceId: row.invoiceId,
    reason: row.reason,
    source: row.source,
    createdAt: isoInstant(row.createdAt),
  };
}

/** Inserts a credit note; null when its number is taken in the organization. */
export async function insertCreditNote(db: Db, orgId: string, values: NewCreditNoteValues): Promise<CreditNoteRow | null> {
  const [row] = await db
    .insert(creditNotes)
    .values({ ...values, orgId })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/** The credit note, or null when not the organization's; `lock` holds it to the transaction's end. */
export async function findCreditNoteRow(
  db: Db,
  orgId: string,
  creditNoteId: string,
  options: { lock?: boolean } = {},
): Promise<CreditNoteRow | null> {
  const query = db
    .select()
    .from(creditNotes)
    .where(and(eq(creditNotes.orgId, orgId), eq(creditNotes.id, creditNoteId)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

/** How much of the credit note is already allocated to invoices. */
export async function creditNoteAllocatedMinor(db: Db, orgId: string, creditNoteId: string): Promise<number> {
  const [row] = await db
    .select({ total: sql<number>`coalesce(sum(${allocations.amountMinor}), 0)::bigint` })
    .from(allocations)
    .where(and(eq(allocations.orgId, orgId), eq(allocations.creditNoteId, creditNoteId)));
  return Number(row?.total ?? 0);
}

/** Credit notes that name the invoice or are allocated to it, newest first. */
export async function creditNotesOfInvoice(db: Db, orgId: string, invoiceId: string): Promise<CreditNote[]> {
  const allocated = db
    .select({ id: allocations.creditNoteId })
    .from(allocations)
    .where(and(eq(allocations.orgId, orgId), eq(allocations.invoiceId, invoiceId)));
  const rows = await db
    .select()
    .from(creditNotes)
    .where(
      and(
        eq(creditNotes.orgId, orgId),
        or(eq(creditNotes.invoiceId, invoiceId), inArray(creditNotes.id, allocated)),
      ),
    )
    .orderBy(desc(creditNotes.issueDate), desc(creditNotes.createdAt));
  return rows.map(toCreditNote);
}

export type CreditNoteListOptions = {
  customerId?: string;
  invoiceId?: string;
  search?: string;
  page: number;
  pageSize: number;
};

/** One page of credit notes, newest first. */
export async function listCreditNotes(
  db: Db,
  orgId: string,
  options: CreditNoteListOptions,
): Promise<{ items: CreditNote[]; total: number }> {
  const filters: SQL[] = [eq(creditNotes.orgId, orgId)];
  if (options.customerId) filters.push(eq(creditNotes.customerId, options.customerId));
  if (options.invoiceId) filters.push(eq(creditNotes.invoiceId, options.invoiceId));
  if (options.search) filters.push(sql`${creditNotes.number} ilike ${containsPattern(options.search.trim())}`);
  const where = and(...filters);
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(creditNotes)
      .where(where)
      .orderBy(desc(creditNotes.issueDate), desc(creditNotes.createdAt), desc(creditNotes.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(creditNotes).where(where),
  ]);
  return { items: rows.map(toCreditNote), total: Number(counted?.n ?? 0) };
}

/** The credit note with this number, or null. */
export async function findCreditNoteByNumber(db: Db, orgId: string, number: string): Promise<CreditNoteRow | null> {
  const [row] = await db
    .select()
    .from(creditNotes)
    .where(and(eq(creditNotes.orgId, orgId), eq(creditNotes.number, number)));
  return row ?? null;
}
