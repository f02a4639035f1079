// Invoices. Open amount and status are never written here: they follow from the
// allocations through recomputeInvoiceBalances (ledger.ts).
import { addDays } from '../domain/dates';
import { and, asc, desc, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Invoice, InvoiceStatus } from '../http/contract';
import { uuidArray, type Db } from './database';
import { isoInstant } from './instants';
import { allocations, customers, invoices } from './schema';
import { containsPattern } from './text-search';
import { unsettledStatuses } from './customers';

export type InvoiceRow = typeof invoices.$inferSelect;
export type NewInvoiceValues = {
  customerId: string;
  number: string;
  externalId: string | null;
  issueDate: string;
  dueDate: string;
  currency: string;
  grossTotalMinor: number;
  source: InvoiceRow['source'];
};
export type InvoiceChanges = Partial<Pick<InvoiceRow, 'number' | 'externalId' | 'issueDate' | 'dueDate' | 'grossTotalMinor'>>;

/** Inserts an invoice, all of it open; null when its number is taken in the organization. */
export async function insertInvoice(db: Db, orgId: string, values: NewInvoiceValues): Promise<InvoiceRow | null> {
  const [row] = await db
    .insert(invoices)
    .values({ ...values, orgId, openAmountMinor: values.grossTotalMinor, status: 'open' })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/** The invoice row, or null when it is not one of the organization's; `lock` holds it to the transaction's end. */
export async function findInvoiceRow(
  db: Db,
  orgId: string,
  invoiceId: string,
  options: { lock?: boolean } = {},
): Promise<InvoiceRow | null> {
  const query = db.select().from(invoices).where(and(eq(invoices.orgId, orgId), eq(invoices.id, invoiceId)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

export type InvoiceToAllocate = { id: string; customerId: string; number: string; currency: string; openAmountMinor: number };

/** Locks the invoices to the transaction's end and returns those that can take money (not written off), in id order. */
export async function lockInvoicesForAllocation(db: Db, orgId: string, invoiceIds: readonly string[]): Promise<InvoiceToAllocate[]> {
  if (invoiceIds.length === 0) return [];
  // Locked in id order, as every batch does, so two imports never wait on each other in a circle.
  const rows = await db
    .select({
      id: invoices.id,
      customerId: invoices.customerId,
      number: invoices.number,
      currency: invoices.currency,
      openAmountMinor: invoices.openAmountMinor,
      writtenOffAt: invoices.writtenOffAt,
    })
    .from(invoices)
    .where(and(eq(invoices.orgId, orgId), sql`${invoices.id} = any(${uuidArray(invoiceIds)})`))
    .orderBy(asc(invoices.id))
    .for('update');
  return rows.filter((row) => row.writtenOffAt === null).map(({ writtenOffAt: _, ...row }) => row);
}

/** The invoice with this number, or null. */
export async function findInvoiceByNumber(db: Db, orgId: string, number: string): Promise<InvoiceRow | null> {
  const [row] = await db.select().from(invoices).where(and(eq(invoices.orgId, orgId), eq(invoices.number, number)));
  return row ?? null;
}

/** Changes an invoice's own fields (not its balance). */
export async function updateInvoiceRow(db: Db, orgId: string, invoiceId: string, changes: InvoiceChanges): Promise<void> {
  await db
    .update(invoices)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(invoices.orgId, orgId), eq(invoices.id, invoiceId)));
}

/** Marks an invoice written off at an instant, or (null) not written off. */
export async function setInvoiceWrittenOff(db: Db, orgId: string, invoiceId: string, at: Date | null): Promise<void> {
  await db
    .update(invoices)
    .set({ writtenOffAt: at, updatedAt: new Date() })
    .where(and(eq(invoices.orgId, orgId), eq(invoices.id, invoiceId)));
}

/** Deletes an invoice; false when it is not one of the organization's. */
export async function deleteInvoiceRow(db: Db, orgId: string, invoiceId: string): Promise<boolean> {
  const rows = await db
    .delete(invoices)
    .where(and(eq(invoices.orgId, orgId), eq(invoices.id, invoiceId)))
    .returning({ id: invoices.id });
  return rows.length > 0;
}

/** How much of the invoice payments and credit notes already cover. */
export async function invoiceAllocatedMinor(db: Db, orgId: string, invoiceId: string): Promise<number> {
  const [row] = await db
    .select({ total: sql<number>`coalesce(sum(${allocations.amountMinor}), 0)::bigint` })
    .from(allocations)
    .where(and(eq(allocations.orgId, orgId), eq(allocations.invoiceId, invoiceId)));
  return Number(row?.total ?? 0);
}

const unsettled = sql.raw(`('open', 'partially_paid')`);

function daysOverdueSql(asOf: string): SQL<number> {
  return sql<number>`(case when ${invoices.status} in ${unsettled} and ${invoices.dueDate} < ${asOf}
    then ${asOf}::date - ${invoices.dueDate} else 0 end)`;
}

const invoiceColumns = (asOf: string) => ({
  id: invoices.id,
  customerId: invoices.customerId,
  customerName: customers.name,
  number: invoices.number,
  externalId: invoices.externalId,
  issueDate: invoices.issueDate,
  dueDate: invoices.dueDate,
  currency: invoices.currency,
  grossTotalMinor: invoices.grossTotalMinor,
  openAmountMinor: invoices.openAmountMinor,
  status: invoices.status,
  daysOverdue: daysOverdueSql(asOf),
  source: invoices.source,
  createdAt: invoices.createdAt,
});

function toInvoice(row: Omit<Invoice, 'createdAt'> & { createdAt: Date }): Invoice {
  return { ...row, daysOverdue: Number(row.daysOverdue), createdAt: isoInstant(row.createdAt) };
}

/** One invoice as the API shows it, aged on `asOf`; null when not the organization's. */
export async function getInvoice(db: Db, orgId: string, invoiceId: string, asOf: string): Promise<Invoice | null> {
  const [row] = await db
    .select(invoiceColumns(asOf))
    .from(invoices)
    .innerJoin(customers, and(eq(customers.orgId, invoices.orgId), eq(customers.id, invoices.customerId)))
    .where(and(eq(invoices.orgId, orgId), eq(invoices.id, invoiceId)));
  return row ? toInvoice(row) : null;
}

export type InvoiceListOptions = {
  customerId?: string;
  statuses?: InvoiceStatus[];
  currency?: string;
  minDaysOverdue?: number;
  maxDaysOverdue?: number;
  dueFrom?: string;
  dueTo?: string;
  search?: string;
  sort: 'dueDate' | 'issueDate' | 'number' | 'openAmount' | 'grossTotal' | 'daysOverdue';
  order: 'asc' | 'desc';
  asOf: string;
  page: number;
  pageSize: number;
};

/** One page of invoices, filtered and sorted, aged on `asOf`. */
export async function listInvoices(
  db: Db,
  orgId: string,
  options: InvoiceListOptions,
): Promise<{ items: Invoice[]; total: number }> {
  const { asOf } = options;
  const filters: SQL[] = [eq(invoices.orgId, orgId)];
  if (options.customerId) filters.push(eq(invoices.customerId, options.customerId));
  if (options.statuses && options.statuses.length > 0) filters.push(inArray(invoices.status, options.statuses));
  if (options.currency) filters.push(eq(invoices.currency, options.currency));
  if (options.dueFrom) filters.push(gte(invoices.dueDate, options.dueFrom));
  if (options.dueTo) filters.push(lte(invoices.dueDate, options.dueTo));
  if (options.search) filters.push(sql`${invoices.number} ilike ${containsPattern(options.search.trim())}`);
  // Days overdue are 0 for settled invoices and for those not yet due, so the range
  // becomes due-date bounds on unsettled invoices, which the index can serve.
  if (options.minDaysOverdue !== undefined && options.minDaysOverdue > 0) {
    filters.push(inArray(invoices.status, [...unsettledStatuses]));
    filters.push(lte(invoices.dueDate, addDays(asOf, -options.minDaysOverdue)));
  }
  if (options.maxDaysOverdue !== undefined) {
    if (options.maxDaysOverdue < 0) filters.push(sql`false`);
    else
      filters.push(
        or(
          sql`${invoices.status} not in ${unsettled}`,
          gte(invoices.dueDate, addDays(asOf, -options.maxDaysOverdue)),
        )!,
      );
  }

  const by = options.order === 'asc' ? asc : desc;
  const sortColumn = {
    dueDate: invoices.dueDate,
    issueDate: invoices.issueDate,
    number: invoices.number,
    openAmount: invoices.openAmountMinor,
    grossTotal: invoices.grossTotalMinor,
    daysOverdue: daysOverdueSql(asOf),
  }[options.sort];

  const rows = await db
    .select({ ...invoiceColumns(asOf), total: sql<number>`count(*) over ()` })
    .from(invoices)
    .innerJoin(customers, and(eq(customers.orgId, invoices.orgId), eq(customers.id, invoices.customerId)))
    .where(and(...filters))
    .orderBy(by(sortColumn), by(invoices.number), asc(invoices.id))
    .limit(options.pageSize)
    .offset((options.page - 1) * options.pageSize);

  let total = rows.length > 0 ? Number(rows[0]!.total) : 0;
  if (rows.length === 0 && options.page > 1) {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(invoices).where(and(...filters));
    total = Number(row?.n ?? 0);
  }
  return { items: rows.map(({ total: _total, ...row }) => toInvoice(row)), total };
}
