// What a person reviewing statement lines needs from the ledger beside the lines
// themselves: the invoices and customers the suggestions name, as they stand now, what
// a matched line became (its payment and allocations, to undo one), and how many lines
// wait in each status.
import { and, count, eq, inArray } from 'drizzle-orm';
import type { Db } from './database';
import { allocations, bankStatementLines, customers, invoices, payments, statementLineStatuses, type StatementLineStatus } from './schema';

export type ReviewedInvoice = { id: string; number: string; customerId: string; openAmountMinor: number; currency: string };

/** The invoices with these ids, with what is open on them now. */
export async function findReviewedInvoices(db: Db, orgId: string, invoiceIds: readonly string[]): Promise<ReviewedInvoice[]> {
  if (invoiceIds.length === 0) return [];
  return db
    .select({
      id: invoices.id,
      number: invoices.number,
      customerId: invoices.customerId,
      openAmountMinor: invoices.openAmountMinor,
      currency: invoices.currency,
    })
    .from(invoices)
    .where(and(eq(invoices.orgId, orgId), inArray(invoices.id, [...invoiceIds])));
}

/** Customer names by id, for the customers with these ids. */
export async function findCustomerNames(db: Db, orgId: string, customerIds: readonly string[]): Promise<Map<string, string>> {
  if (customerIds.length === 0) return new Map();
  const rows = await db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), inArray(customers.id, [...customerIds])));
  return new Map(rows.map((row) => [row.id, row.name]));
}

export type LinePayment = {
  id: string;
  customerId: string | null;
  unallocatedMinor: number;
  allocations: { id: string; invoiceId: string; invoiceNumber: string; amountMinor: number }[];
};

/** The payments with these ids, each with its allocations to invoices, oldest first. */
export async function findLinePayments(db: Db, orgId: string, paymentIds: readonly string[]): Promise<Map<string, LinePayment>> {
  if (paymentIds.length === 0) return new Map();
  const ids = [...paymentIds];
  const paymentRows = await db
    .select({ id: payments.id, customerId: payments.customerId, unallocatedMinor: payments.unallocatedMinor })
    .from(payments)
    .where(and(eq(payments.orgId, orgId), inArray(payments.id, ids)));
  const allocationRows = await db
    .select({
      id: allocations.id,
      paymentId: allocations.paymentId,
      invoiceId: allocations.invoiceId,
      invoiceNumber: invoices.number,
      amountMinor: allocations.amountMinor,
    })
    .from(allocations)
    .innerJoin(invoices, and(eq(invoices.orgId, allocations.orgId), eq(invoices.id, allocations.invoiceId)))
    .where(and(eq(allocations.orgId, orgId), inArray(allocations.paymentId, ids)))
    .orderBy(allocations.createdAt, allocations.id);
  const found = new Map<string, LinePayment>(paymentRows.map((row) => [row.id, { ...row, allocations: [] }]));
  for (const { paymentId, ...allocation } of allocationRows) {
    if (paymentId !== null) found.get(paymentId)?.allocations.push(allocation);
  }
  return found;
}

/** How many of the organization's lines are in each status. */
export async function countStatementLines(db: Db, orgId: string): Promise<Record<StatementLineStatus, number>> {
  const rows = await db
    .select({ status: bankStatementLines.status, lines: count() })
    .from(bankStatementLines)
    .where(eq(bankStatementLines.orgId, orgId))
    .groupBy(bankStatementLines.status);
  const counts = Object.fromEntries(statementLineStatuses.map((status) => [status, 0])) as Record<StatementLineStatus, number>;
  for (const row of rows) counts[row.status] = Number(row.lines);
  return counts;
}
