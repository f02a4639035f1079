// Payments received. `unallocated_minor` is kept equal to the amount less its
// allocations, in the same transaction as every allocation change.
import { and, asc, desc, eq, gt, gte, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Payment } from '../http/contract';
import { queryRows, type Db } from './database';
import { isoInstant } from './instants';
import { customers, payments } from './schema';
import { containsPattern } from './text-search';

export type PaymentRow = typeof payments.$inferSelect;
export type NewPaymentValues = Omit<typeof payments.$inferInsert, 'id' | 'orgId' | 'createdAt' | 'unallocatedMinor'>;

/** Inserts a payment, all of it unallocated; null when its fingerprint is already known. */
export async function insertPayment(db: Db, orgId: string, values: NewPaymentValues): Promise<PaymentRow | null> {
  const [row] = await db
    .insert(payments)
    .values({ ...values, orgId, unallocatedMinor: values.amountMinor })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/**
 * Inserts payments, all of each unallocated, one JSON parameter per batch; those whose
 * fingerprint is already known are left out of the result.
 */
export async function insertPayments(db: Db, orgId: string, values: readonly NewPaymentValues[]): Promise<{ id: string; fingerprint: string }[]> {
  const stored: { id: string; fingerprint: string }[] = [];
  for (let start = 0; start < values.length; start += 5000) {
    const batch = JSON.stringify(values.slice(start, start + 5000));
    const rows = await queryRows<{ id: string; fingerprint: string }>(
      db,
      sql`
      insert into payments (org_id, customer_id, fingerprint, external_id, payment_date, amount_minor, currency,
                            payer_name, payer_account, transfer_title, unallocated_minor, source)
      select ${orgId}::uuid, x."customerId", x.fingerprint, x."externalId", x."paymentDate", x."amountMinor", x.currency,
             x."payerName", x."payerAccount", x."transferTitle", x."amountMinor", x.source
        from json_to_recordset(${batch}::json) as x("customerId" uuid, fingerprint text, "externalId" text, "paymentDate" date,
             "amountMinor" bigint, currency text, "payerName" text, "payerAccount" text, "transferTitle" text, source text)
      on conflict do nothing
      returning id, fingerprint`,
    );
    stored.push(...rows);
  }
  return stored;
}

/** The payment row, or null when not the organization's; `lock` holds it to the transaction's end. */
export async function findPaymentRow(
  db: Db,
  orgId: string,
  paymentId: string,
  options: { lock?: boolean } = {},
): Promise<PaymentRow | null> {
  const query = db.select().from(payments).where(and(eq(payments.orgId, orgId), eq(payments.id, paymentId)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

/** Moves money between a payment's unallocated rest and its allocations (negative: allocated). */
export async function changePaymentUnallocated(db: Db, orgId: string, paymentId: string, deltaMinor: number): Promise<void> {
  await db
    .update(payments)
    .set({ unallocatedMinor: sql`${payments.unallocatedMinor} + ${deltaMinor}` })
    .where(and(eq(payments.orgId, orgId), eq(payments.id, paymentId)));
}

/** Names the customer who paid, for a payment that came in without one. */
export async function setPaymentCustomer(db: Db, orgId: string, paymentId: string, customerId: string): Promise<void> {
  await db
    .update(payments)
    .set({ customerId })
    .where(and(eq(payments.orgId, orgId), eq(payments.id, paymentId)));
}

const paymentColumns = {
  id: payments.id,
  customerId: payments.customerId,
  customerName: customers.name,
  externalId: payments.externalId,
  paymentDate: payments.paymentDate,
  amountMinor: payments.amountMinor,
  unallocatedMinor: payments.unallocatedMinor,
  currency: payments.currency,
  payerName: payments.payerName,
  payerAccount: payments.payerAccount,
  transferTitle: payments.transferTitle,
  source: payments.source,
  createdAt: payments.createdAt,
};

const customerOfPayment = and(eq(customers.orgId, payments.orgId), eq(customers.id, payments.customerId));

/** One payment as the API shows it, or null when not the organization's. */
export async function getPayment(db: Db, orgId: string, paymentId: string): Promise<Payment | null> {
  const [row] = await db
    .select(paymentColumns)
    .from(payments)
    .leftJoin(customers, customerOfPayment)
    .where(and(eq(payments.orgId, orgId), eq(payments.id, paymentId)));
  return row ? { ...row, createdAt: isoInstant(row.createdAt) } : null;
}

export type PaymentListOptions = {
  customerId?: string;
  unallocated?: boolean;
  dateFrom?: string;
  dateTo?: string;
  search?: string;
  sort: 'paymentDate' | 'amount' | 'unallocated';
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
};

/** One page of payments, filtered and sorted. */
export async function listPayments(
  db: Db,
  orgId: string,
  options: PaymentListOptions,
): Promise<{ items: Payment[]; total: number }> {
  const filters: SQL[] = [eq(payments.orgId, orgId)];
  if (options.customerId) filters.push(eq(payments.customerId, options.customerId));
  if (options.unallocated === true) filters.push(gt(payments.unallocatedMinor, 0));
  if (options.unallocated === false) filters.push(eq(payments.unallocatedMinor, 0));
  if (options.dateFrom) filters.push(gte(payments.paymentDate, options.dateFrom));
  if (options.dateTo) filters.push(lte(payments.paymentDate, options.dateTo));
  if (options.search) {
    const pattern = containsPattern(options.search.trim());
    filters.push(or(sql`${payments.payerName} ilike ${pattern}`, sql`${payments.transferTitle} ilike ${pattern}`)!);
  }
  const where = and(...filters);
  const by = options.order === 'asc' ? asc : desc;
  const sortColumn = {
    paymentDate: payments.paymentDate,
    amount: payments.amountMinor,
    unallocated: payments.unallocatedMinor,
  }[options.sort];
  const [rows, [counted]] = await Promise.all([
    db
      .select(paymentColumns)
      .from(payments)
      .leftJoin(customers, customerOfPayment)
      .where(where)
      .orderBy(by(sortColumn), by(payments.createdAt), asc(payments.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(payments).where(where),
  ]);
  return {
    items: rows.map((row) => ({ ...row, createdAt: isoInstant(row.createdAt) })),
    total: Number(counted?.n ?? 0),
  };
}
