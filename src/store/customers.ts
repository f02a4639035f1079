// Customers of an organization: the people and companies that owe it money.
import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Balance, Customer, CustomerListItem } from '../http/contract';
import type { Db } from './database';
import { isoInstant } from './instants';
import { activities, creditNotes, customers, invoices, payments } from './schema';
import { containsPattern } from './text-search';

export type CustomerRow = typeof customers.$inferSelect;
export type CustomerValues = Omit<typeof customers.$inferInsert, 'id' | 'orgId' | 'createdAt' | 'updatedAt'>;

/** Invoices that still wait for money: the ones balances and aging count. */
export const unsettledStatuses = ['open', 'partially_paid'] as const;

/** A customer row as the API shows it. */
export function toCustomer(row: CustomerRow): Customer {
  return {
    id: row.id,
    externalId: row.externalId,
    name: row.name,
    taxId: row.taxId,
    vatId: row.vatId,
    otherTaxId: row.otherTaxId,
    country: row.country,
    language: row.language,
    timeZone: row.timeZone,
    segment: row.segment,
    paymentTermsDays: row.paymentTermsDays,
    creditLimitMinor: row.creditLimitMinor,
    creditLimitCurrency: row.creditLimitCurrency,
    accountOwnerUserId: row.accountOwnerUserId,
    tags: row.tags,
    notes: row.notes,
    creditHold: row.creditHold,
    doNotContact: row.doNotContact,
    procedureKey: row.procedureKey,
    createdAt: isoInstant(row.createdAt),
    updatedAt: isoInstant(row.updatedAt),
  };
}

/** Inserts a customer; null when its external id is taken in the organization. */
export async function insertCustomer(db: Db, orgId: string, values: CustomerValues): Promise<CustomerRow | null> {
  const [row] = await db
    .insert(customers)
    .values({ ...values, orgId })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/** Changes a customer; null when it is not one of the organization's. */
export async function updateCustomer(
  db: Db,
  orgId: string,
  customerId: string,
  changes: Partial<CustomerValues>,
): Promise<CustomerRow | null> {
  const [row] = await db
    .update(customers)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(customers.orgId, orgId), eq(customers.id, customerId)))
    .returning();
  return row ?? null;
}

/** The customer, or null when it is not one of the organization's. */
export async function findCustomer(db: Db, orgId: string, customerId: string): Promise<CustomerRow | null> {
  const [row] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.id, customerId)));
  return row ?? null;
}

/** The customer whose external id this is, or null. */
export async function findCustomerByExternalId(db: Db, orgId: string, externalId: string): Promise<CustomerRow | null> {
  const [row] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.externalId, externalId)));
  return row ?? null;
}

/** Which ledger or timeline records point at the customer (they keep it from being deleted). */
export async function customerReferences(
  db: Db,
  orgId: string,
  customerId: string,
): Promise<{ invoices: boolean; creditNotes: boolean; payments: boolean; activities: boolean }> {
  const exists = (table: typeof invoices | typeof creditNotes | typeof payments | typeof activities) =>
    sql<boolean>`exists (select 1 from ${table} where ${table.orgId} = ${orgId} and ${table.customerId} = ${customerId})`;
  const [row] = await db
    .select({
      invoices: exists(invoices),
      creditNotes: exists(creditNotes),
      payments: exists(payments),
      activities: exists(activities),
    })
    .from(sql`(select 1) as one`);
  return row!;
}

/** Deletes a customer (and its contacts); false when it is not one of the organization's. */
export async function deleteCustomer(db: Db, orgId: string, customerId: string): Promise<boolean> {
  const rows = await db
    .delete(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.id, customerId)))
    .returning({ id: customers.id });
  return rows.length > 0;
}

export type CustomerBalances = { balances: Balance[]; maxDaysOverdue: number };

/** What each of the customers owes per currency on `asOf`, and how late the oldest item is. */
export async function customerBalances(
  db: Db,
  orgId: string,
  customerIds: readonly string[],
  asOf: string,
): Promise<Map<string, CustomerBalances>> {
  const result = new Map<string, CustomerBalances>();
  if (customerIds.length === 0) return result;
  const rows = await db
    .select({
      customerId: invoices.customerId,
      currency: invoices.currency,
      openMinor: sql<number>`sum(${invoices.openAmountMinor})::bigint`,
      overdueMinor: sql<number>`coalesce(sum(${invoices.openAmountMinor}) filter (where ${invoices.dueDate} < ${asOf}), 0)::bigint`,
      openInvoices: sql<number>`count(*)::int`,
      maxDaysOverdue: sql<number>`coalesce(max(${asOf}::date - ${invoices.dueDate}), 0)::int`,
    })
    .from(invoices)
    .where(
      and(
        eq(invoices.orgId, orgId),
        inArray(invoices.status, [...unsettledStatuses]),
        inArray(invoices.customerId, [...customerIds]),
      ),
    )
    .groupBy(invoices.customerId, invoices.currency)
    .orderBy(asc(invoices.currency));
  for (const row of rows) {
    const entry = result.get(row.customerId) ?? { balances: [], maxDaysOverdue: 0 };
    entry.balances.push({
      currency: row.currency,
      openMinor: Number(row.openMinor),
      overdueMinor: Number(row.overdueMinor),
      openInvoices: Number(row.openInvoices),
    });
    entry.maxDaysOverdue = Math.max(entry.maxDaysOverdue, Number(row.maxDaysOverdue));
    result.set(row.customerId, entry);
  }
  return result;
}

export type CustomerListOptions = {
  search?: string;
  segment?: string;
  tag?: string;
  sort: 'name' | 'overdue' | 'open' | 'daysOverdue' | 'createdAt';
  order?: 'asc' | 'desc';
  asOf: string;
  baseCurrency: string;
  page: number;
  pageSize: number;
};

/** One page of customers with their balances on `asOf`, filtered and sorted. */
export async function listCustomers(
  db: Db,
  orgId: string,
  options: CustomerListOptions,
): Promise<{ items: CustomerListItem[]; total: number }> {
  const { asOf, baseCurrency } = options;
  const filters: SQL[] = [eq(customers.orgId, orgId)];
  if (options.search) {
    const pattern = containsPattern(options.search.trim());
    filters.push(
      or(
        sql`${customers.name} ilike ${pattern}`,
        sql`${customers.taxId} ilike ${containsPattern(options.search.replace(/[\s-]/g, ''))}`,
        sql`${customers.vatId} ilike ${pattern}`,
        sql`${customers.otherTaxId} ilike ${pattern}`,
        sql`${customers.externalId} ilike ${pattern}`,
      )!,
    );
  }
  if (options.segment) filters.push(eq(customers.segment, options.segment));
  if (options.tag) filters.push(sql`${options.tag} = any(${customers.tags})`);

  // Sorting by money needs every customer's balance before a page can be cut; amounts
  // of different currencies are never added: the base currency ranks first, then
  // the other currencies only break ties.
  const totals = db
    .select({
      customerId: invoices.customerId,
      overdueBase: sql<number>`coalesce(sum(${invoices.openAmountMinor}) filter (where ${invoices.dueDate} < ${asOf} and ${invoices.currency} = ${baseCurrency}), 0)::bigint`.as('overdue_base'),
      overdueOther: sql<number>`coalesce(sum(${invoices.openAmountMinor}) filter (where ${invoices.dueDate} < ${asOf} and ${invoices.currency} <> ${baseCurrency}), 0)::bigint`.as('overdue_other'),
      openBase: sql<number>`coalesce(sum(${invoices.openAmountMinor}) filter (where ${invoices.currency} = ${baseCurrency}), 0)::bigint`.as('open_base'),
      openOther: sql<number>`coalesce(sum(${invoices.openAmountMinor}) filter (where ${invoices.currency} <> ${baseCurrency}), 0)::bigint`.as('open_other'),
      maxDays: sql<number>`coalesce(max(${asOf}::date - ${invoices.dueDate}), 0)::int`.as('max_days'),
    })
    .from(invoices)
    .where(and(eq(invoices.orgId, orgId), inArray(invoices.status, [...unsettledStatuses])))
    .groupBy(invoices.customerId)
    .as('totals');

  const moneySort = options.sort === 'overdue' || options.sort === 'open' || options.sort === 'daysOverdue';
  const direction = options.order ?? (options.sort === 'name' ? 'asc' : 'desc');
  const by = direction === 'asc' ? asc : desc;
  const orderBy: SQL[] = (() => {
    switch (options.sort) {
      case 'name':
        return [by(customers.name)];
      case 'createdAt':
        return [by(customers.createdAt)];
      case 'overdue':
        return [by(sql`coalesce(${totals.overdueBase}, 0)`), by(sql`coalesce(${totals.overdueOther}, 0)`)];
      case 'open':
        return [by(sql`coalesce(${totals.openBase}, 0)`), by(sql`coalesce(${totals.openOther}, 0)`)];
      case 'daysOverdue':
        return [by(sql`greatest(coalesce(${totals.maxDays}, 0), 0)`)];
    }
  })();

  const base = db
    .select({ customer: customers, total: sql<number>`count(*) over ()` })
    .from(customers)
    .$dynamic();
  const query = moneySort ? base.leftJoin(totals, eq(totals.customerId, customers.id)) : base;
  const rows = await query
    .where(and(...filters))
    .orderBy(...orderBy, asc(customers.name), asc(customers.id))
    .limit(options.pageSize)
    .offset((options.page - 1) * options.pageSize);

  const balances = await customerBalances(db, orgId, rows.map((row) => row.customer.id), asOf);
  const items = rows.map((row) => {
    const entry = balances.get(row.customer.id);
    return {
      ...toCustomer(row.customer),
      balances: entry?.balances ?? [],
      maxDaysOverdue: Math.max(entry?.maxDaysOverdue ?? 0, 0),
    };
  });
  return { items, total: rows.length > 0 ? Number(rows[0]!.total) : await countCustomers(db, and(...filters)!) };
}

// A page past the end has no rows to carry the window count; the total still counts.
async function countCustomers(db: Db, where: SQL): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(customers).where(where);
  return Number(row?.n ?? 0);
}

/** The segments the organization's customers are in, for filters. */
export async function listSegments(db: Db, orgId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ segment: customers.segment })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), sql`${customers.segment} is not null`))
    .orderBy(asc(customers.segment));
  return rows.map((row) => row.segment!);
}

/** The tags the organization's customers carry, each once and sorted, to choose from in filters and routing rules. */
export async function listTags(db: Db, orgId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ tag: sql<string>`unnest(${customers.tags})` })
    .from(customers)
    .where(eq(customers.orgId, orgId))
    .orderBy(sql`1`);
  return rows.map((row) => row.tag);
}
