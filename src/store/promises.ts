// Promises to pay: a day and an amount a customer gave, on some invoices or on all it
// owes in one currency. Open until payments or the end of its grace settle it.
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { pausesUntil, type PaymentTowardsPromise } from '../domain/promises';
import type { PromiseStatus, PromiseToPay } from '../http/contract';
import { queryRows, type Db } from './database';
import { isoInstant } from './instants';
import { invoiceNumbers, toInvoiceRefs, userNames, userRef } from './record-refs';
import { promisesToPay } from './schema';

export type PromiseRow = typeof promisesToPay.$inferSelect;
export type NewPromiseValues = Pick<
  typeof promisesToPay.$inferInsert,
  'customerId' | 'invoiceIds' | 'promisedDate' | 'amountMinor' | 'currency' | 'graceDays' | 'note' | 'recordedByUserId'
> & { createdAt?: Date };

/** Stores a new open promise. */
export async function insertPromise(db: Db, orgId: string, values: NewPromiseValues): Promise<PromiseRow> {
  const [row] = await db.insert(promisesToPay).values({ ...values, orgId, status: 'open' }).returning();
  return row!;
}

/** The promise, or null when not the organization's; `lock` holds it to the transaction's end. */
export async function findPromiseRow(db: Db, orgId: string, promiseId: string, options: { lock?: boolean } = {}): Promise<PromiseRow | null> {
  const query = db.select().from(promisesToPay).where(and(eq(promisesToPay.orgId, orgId), eq(promisesToPay.id, promiseId)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

export type PromiseFilter = { customerIds?: readonly string[]; statuses?: readonly PromiseStatus[] };

/** The organization's promises, latest promised day first, narrowed to customers and statuses. */
export async function listPromiseRows(db: Db, orgId: string, filter: PromiseFilter = {}): Promise<PromiseRow[]> {
  const filters: SQL[] = [eq(promisesToPay.orgId, orgId)];
  if (filter.customerIds) {
    if (filter.customerIds.length === 0) return [];
    filters.push(inArray(promisesToPay.customerId, [...filter.customerIds]));
  }
  if (filter.statuses) filters.push(inArray(promisesToPay.status, [...filter.statuses]));
  return db
    .select()
    .from(promisesToPay)
    .where(and(...filters))
    .orderBy(desc(promisesToPay.promisedDate), desc(promisesToPay.createdAt), desc(promisesToPay.id));
}

/** Closes an open promise with its outcome and day; false when it was no longer open. */
export async function closePromise(
  db: Db,
  orgId: string,
  promiseId: string,
  status: Exclude<PromiseStatus, 'open'>,
  resolvedOn: string,
): Promise<boolean> {
  const rows = await db
    .update(promisesToPay)
    .set({ status, resolvedOn })
    .where(and(eq(promisesToPay.orgId, orgId), eq(promisesToPay.id, promiseId), eq(promisesToPay.status, 'open')))
    .returning({ id: promisesToPay.id });
  return rows.length > 0;
}

/**
 * The payments that count towards each promise, summed per payment day, from the day
 * it was recorded (in the organization's time zone): what was allocated to its
 * invoices, or for a promise on no invoices every payment of the customer in its currency.
 */
export async function paymentsTowardsPromises(
  db: Db,
  orgId: string,
  promiseIds: readonly string[],
  timeZone: string,
): Promise<Map<string, PaymentTowardsPromise[]>> {
  const result = new Map<string, PaymentTowardsPromise[]>(promiseIds.map((id) => [id, []]));
  if (promiseIds.length === 0) return result;
  const ids = sql.join(promiseIds.map((id) => sql`${id}::uuid`), sql`, `);
  const rows = await queryRows<{ promise_id: string; payment_date: string; amount_minor: number }>(
    db,
    sql`
      select p.id as promise_id, x.payment_date, x.amount_minor
        from promises_to_pay p
        cross join lateral (
          select pay.payment_date, sum(a.amount_minor)::bigint as amount_minor
            from allocations a
            join payments pay on pay.org_id = a.org_id and pay.id = a.payment_id
           where a.org_id = p.org_id
             and a.invoice_id = any(p.invoice_ids)
             and pay.payment_date >= (p.created_at at time zone ${timeZone})::date
           group by pay.payment_date
          union all
          select pay.payment_date, sum(pay.amount_minor)::bigint as amount_minor
            from payments pay
           where cardinality(p.invoice_ids) = 0
             and pay.org_id = p.org_id
             and pay.customer_id = p.customer_id
             and pay.currency = p.currency
             and pay.payment_date >= (p.created_at at time zone ${timeZone})::date
           group by pay.payment_date
        ) x
       where p.org_id = ${orgId} and p.id in (${ids})
       order by x.payment_date`,
  );
  for (const row of rows) {
    result.get(row.promise_id)?.push({ date: String(row.payment_date), amountMinor: Number(row.amount_minor) });
  }
  return result;
}

/** What counted towards the promise: payments up to the end of its grace and not after `today`. */
export function paidTowardsPromise(row: PromiseRow, payments: readonly PaymentTowardsPromise[], today: string): number {
  const graceEnds = pausesUntil(row, row.graceDays);
  return payments.filter((p) => p.date <= graceEnds && p.date <= today).reduce((sum, p) => sum + p.amountMinor, 0);
}

/** The promises as the API shows them, with invoice numbers, who recorded them and what was paid. */
export async function toPromiseViews(
  db: Db,
  orgId: string,
  rows: readonly PromiseRow[],
  timeZone: string,
  today: string,
): Promise<PromiseToPay[]> {
  if (rows.length === 0) return [];
  const [numbers, payments, names] = await Promise.all([
    invoiceNumbers(db, orgId, rows.flatMap((r) => r.invoiceIds)),
    paymentsTowardsPromises(db, orgId, rows.map((r) => r.id), timeZone),
    userNames(db, rows.map((r) => r.recordedByUserId)),
  ]);
  return rows.map((row) => ({
    id: row.id,
    customerId: row.customerId,
    invoices: toInvoiceRefs(row.invoiceIds, numbers),
    promisedDate: row.promisedDate,
    amountMinor: row.amountMinor,
    currency: row.currency,
    graceDays: row.graceDays,
    pausesUntil: pausesUntil(row, row.graceDays),
    paidMinor: paidTowardsPromise(row, payments.get(row.id) ?? [], today),
    status: row.status,
    resolvedOn: row.resolvedOn,
    note: row.note,
    recordedBy: userRef(row.recordedByUserId, names),
    createdAt: isoInstant(row.createdAt),
  }));
}
