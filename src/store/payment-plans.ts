// Payment plans and their instalments. What has been paid is worked out from the
// allocations to the plan's invoices made after the plan was agreed, applied to the
// instalments in date order; the stored paid amounts follow it on each refresh.
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { allocateInOrder } from '../domain/money';
import { instalmentStatus, planState, type PlanSchedule } from '../domain/plans';
import type { PaymentPlan } from '../http/contract';
import { queryRows, type Db } from './database';
import { isoInstant } from './instants';
import { invoiceNumbers, toInvoiceRefs, userNames, userRef } from './record-refs';
import { paymentPlans, planInstalments } from './schema';

export type PaymentPlanRow = typeof paymentPlans.$inferSelect;
export type InstalmentRow = typeof planInstalments.$inferSelect;
export type PlanStatus = PaymentPlanRow['status'];
export type NewPaymentPlanValues = Pick<
  typeof paymentPlans.$inferInsert,
  'customerId' | 'invoiceIds' | 'currency' | 'totalMinor' | 'note' | 'createdByUserId'
>;

/** Stores an active plan and its instalments, numbered from 1 in the order given. */
export async function insertPaymentPlan(
  db: Db,
  orgId: string,
  values: NewPaymentPlanValues,
  instalments: readonly { dueDate: string; amountMinor: number }[],
): Promise<PaymentPlanRow> {
  const [plan] = await db.insert(paymentPlans).values({ ...values, orgId, status: 'active' }).returning();
  await db.insert(planInstalments).values(
    instalments.map((instalment, index) => ({
      orgId,
      planId: plan!.id,
      sequence: index + 1,
      dueDate: instalment.dueDate,
      amountMinor: instalment.amountMinor,
    })),
  );
  return plan!;
}

/** The plan, or null when not the organization's; `lock` holds it to the transaction's end. */
export async function findPaymentPlanRow(db: Db, orgId: string, planId: string, options: { lock?: boolean } = {}): Promise<PaymentPlanRow | null> {
  const query = db.select().from(paymentPlans).where(and(eq(paymentPlans.orgId, orgId), eq(paymentPlans.id, planId)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

export type PaymentPlanFilter = { customerIds?: readonly string[]; statuses?: readonly PlanStatus[] };

/** The organization's plans, newest first, narrowed to customers and statuses. */
export async function listPaymentPlanRows(db: Db, orgId: string, filter: PaymentPlanFilter = {}): Promise<PaymentPlanRow[]> {
  const filters: SQL[] = [eq(paymentPlans.orgId, orgId)];
  if (filter.customerIds) {
    if (filter.customerIds.length === 0) return [];
    filters.push(inArray(paymentPlans.customerId, [...filter.customerIds]));
  }
  if (filter.statuses) filters.push(inArray(paymentPlans.status, [...filter.statuses]));
  return db
    .select()
    .from(paymentPlans)
    .where(and(...filters))
    .orderBy(desc(paymentPlans.createdAt), desc(paymentPlans.id));
}

/** The active plans that cover any of the invoices. */
export async function activePlansCovering(db: Db, orgId: string, invoiceIds: readonly string[]): Promise<PaymentPlanRow[]> {
  if (invoiceIds.length === 0) return [];
  const ids = sql.join(invoiceIds.map((id) => sql`${id}::uuid`), sql`, `);
  return db
    .select()
    .from(paymentPlans)
    .where(and(eq(paymentPlans.orgId, orgId), eq(paymentPlans.status, 'active'), sql`${paymentPlans.invoiceIds} && array[${ids}]`));
}

/** The instalments of each plan, in date order. */
export async function instalmentsOfPlans(db: Db, orgId: string, planIds: readonly string[]): Promise<Map<string, InstalmentRow[]>> {
  const result = new Map<string, InstalmentRow[]>(planIds.map((id) => [id, []]));
  if (planIds.length === 0) return result;
  const rows = await db
    .select()
    .from(planInstalments)
    .where(and(eq(planInstalments.orgId, orgId), inArray(planInstalments.planId, [...planIds])))
    .orderBy(asc(planInstalments.planId), asc(planInstalments.dueDate), asc(planInstalments.sequence));
  for (const row of rows) result.get(row.planId)?.push(row);
  return result;
}

/** What each plan has received: payments allocated to its invoices after it was agreed. */
export async function paidTowardsPlans(db: Db, orgId: string, planIds: readonly string[]): Promise<Map<string, number>> {
  const result = new Map<string, number>(planIds.map((id) => [id, 0]));
  if (planIds.length === 0) return result;
  const ids = sql.join(planIds.map((id) => sql`${id}::uuid`), sql`, `);
  const rows = await queryRows<{ plan_id: string; paid_minor: number }>(
    db,
    sql`
      select p.id as plan_id, coalesce(sum(a.amount_minor), 0)::bigint as paid_minor
        from payment_plans p
        left join allocations a
          on a.org_id = p.org_id
         and a.invoice_id = any(p.invoice_ids)
         and a.payment_id is not null
         and a.created_at > p.created_at
       where p.org_id = ${orgId} and p.id in (${ids})
       group by p.id`,
  );
  for (const row of rows) result.set(row.plan_id, Number(row.paid_minor));
  return result;
}

/** The plan's payments spread over its instalments, earliest first: each takes what it can. */
export function scheduleWithPaid(instalments: readonly InstalmentRow[], paidMinor: number, currency: string): PlanSchedule & { sequences: number[] } {
  const { allocatedMinor } = allocateInOrder(paidMinor, instalments.map((i) => i.amountMinor));
  return {
    sequences: instalments.map((i) => i.sequence),
    instalments: instalments.map((i, index) => ({
      dueDate: i.dueDate,
      amountMinor: i.amountMinor,
      paidMinor: allocatedMinor[index] ?? 0,
      currency,
    })),
  };
}

/** Stores what each instalment of the plan has received. */
export async function storeInstalmentsPaid(db: Db, orgId: string, planId: string, paid: readonly { sequence: number; paidMinor: number }[]): Promise<void> {
  for (const { sequence, paidMinor } of paid) {
    await db
      .update(planInstalments)
      .set({ paidMinor })
      .where(
        and(
          eq(planInstalments.orgId, orgId),
          eq(planInstalments.planId, planId),
          eq(planInstalments.sequence, sequence),
          sql`${planInstalments.paidMinor} <> ${paidMinor}`,
        ),
      );
  }
}

/** Ends an active plan as completed, defaulted or cancelled; false when it was no longer active. */
export async function endPaymentPlan(db: Db, orgId: string, planId: string, status: Exclude<PlanStatus, 'active'>, endedOn: string): Promise<boolean> {
  const rows = await db
    .update(paymentPlans)
    .set({ status, endedOn })
    .where(and(eq(paymentPlans.orgId, orgId), eq(paymentPlans.id, planId), eq(paymentPlans.status, 'active')))
    .returning({ id: paymentPlans.id });
  return rows.length > 0;
}

/**
 * The plans as the API shows them: the schedule with paid amounts and paid / due /
 * late per instalment on `today`; an active plan shows as completed or defaulted as
 * soon as it is, before a refresh stores it.
 */
export async function toPaymentPlanViews(
  db: Db,
  orgId: string,
  rows: readonly PaymentPlanRow[],
  today: string,
  defaultAfterDays: (customerId: string) => number,
): Promise<PaymentPlan[]> {
  if (rows.length === 0) return [];
  const planIds = rows.map((r) => r.id);
  const [numbers, instalments, paid, names] = await Promise.all([
    invoiceNumbers(db, orgId, rows.flatMap((r) => r.invoiceIds)),
    instalmentsOfPlans(db, orgId, planIds),
    paidTowardsPlans(db, orgId, planIds),
    userNames(db, rows.map((r) => r.createdByUserId)),
  ]);
  return rows.map((row) => {
    const paidMinor = paid.get(row.id) ?? 0;
    const schedule = scheduleWithPaid(instalments.get(row.id) ?? [], paidMinor, row.currency);
    const status = row.status === 'active' ? planState(schedule, today, defaultAfterDays(row.customerId)) : row.status;
    return {
      id: row.id,
      customerId: row.customerId,
      invoices: toInvoiceRefs(row.invoiceIds, numbers),
      currency: row.currency,
      totalMinor: row.totalMinor,
      paidMinor: Math.min(paidMinor, row.totalMinor),
      status,
      endedOn: row.endedOn,
      note: row.note,
      createdBy: userRef(row.createdByUserId, names),
      createdAt: isoInstant(row.createdAt),
      instalments: schedule.instalments.map((instalment, index) => ({
        sequence: schedule.sequences[index]!,
        dueDate: instalment.dueDate,
        amountMinor: instalment.amountMinor,
        paidMinor: instalment.paidMinor,
        status: instalmentStatus(instalment, today),
      })),
    };
  });
}
