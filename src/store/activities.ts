// The customer timeline: append-only (the database refuses changes and deletes).
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Activity } from '../http/contract';
import type { Db } from './database';
import { isoInstant } from './instants';
import { activities, invoices, users, type ActivityType } from './schema';

export type NewActivityValues = {
  customerId: string;
  type: ActivityType;
  channel?: (typeof activities.$inferInsert)['channel'];
  direction?: 'inbound' | 'outbound' | 'internal';
  occurredAt?: Date;
  userId: string | null;
  summary: string;
  body?: string | null;
  invoiceIds?: string[];
  /** The message exactly as it went out, for an entry the sender wrote. */
  sentMessageId?: string | null;
};

/** Appends an entry to a customer's timeline; returns its id. */
export async function insertActivity(db: Db, orgId: string, values: NewActivityValues): Promise<string> {
  const [row] = await db
    .insert(activities)
    .values({ ...values, orgId })
    .returning({ id: activities.id });
  return row!.id;
}

export type AllocatedPaymentEntry = { customerId: string; userId: string | null; summary: string; body: string | null; invoiceId: string };

/** Appends one inbound payment entry per allocation, many at once (one JSON parameter per batch). */
export async function insertAllocatedPaymentEntries(db: Db, orgId: string, entries: readonly AllocatedPaymentEntry[]): Promise<void> {
  for (let start = 0; start < entries.length; start += 5000) {
    const batch = JSON.stringify(entries.slice(start, start + 5000));
    await db.execute(sql`
      insert into activities (org_id, customer_id, type, direction, user_id, summary, body, invoice_ids)
      select ${orgId}::uuid, x."customerId", 'payment', 'inbound', x."userId", x.summary, x.body, array[x."invoiceId"]
        from json_to_recordset(${batch}::json) as x("customerId" uuid, "userId" uuid, summary text, body text, "invoiceId" uuid)`);
  }
}

const activityColumns = {
  id: activities.id,
  customerId: activities.customerId,
  occurredAt: activities.occurredAt,
  type: activities.type,
  channel: activities.channel,
  direction: activities.direction,
  userId: activities.userId,
  userName: users.name,
  summary: activities.summary,
  body: activities.body,
  invoiceIds: activities.invoiceIds,
  createdAt: activities.createdAt,
};

type ActivitySelection = Omit<Activity, 'occurredAt' | 'createdAt'> & { occurredAt: Date; createdAt: Date };

function toActivity(row: ActivitySelection): Activity {
  return { ...row, occurredAt: isoInstant(row.occurredAt), createdAt: isoInstant(row.createdAt) };
}

/** One timeline entry, or null when not the organization's. */
export async function getActivity(db: Db, orgId: string, activityId: string): Promise<Activity | null> {
  const [row] = await db
    .select(activityColumns)
    .from(activities)
    .leftJoin(users, eq(users.id, activities.userId))
    .where(and(eq(activities.orgId, orgId), eq(activities.id, activityId)));
  return row ? toActivity(row) : null;
}

/** One page of a customer's timeline, newest first. */
export async function listActivities(
  db: Db,
  orgId: string,
  customerId: string,
  options: { type?: ActivityType; page: number; pageSize: number },
): Promise<{ items: Activity[]; total: number }> {
  const filters: SQL[] = [eq(activities.orgId, orgId), eq(activities.customerId, customerId)];
  if (options.type) filters.push(eq(activities.type, options.type));
  const where = and(...filters);
  const [rows, [counted]] = await Promise.all([
    db
      .select(activityColumns)
      .from(activities)
      .leftJoin(users, eq(users.id, activities.userId))
      .where(where)
      .orderBy(desc(activities.occurredAt), desc(activities.createdAt), desc(activities.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(activities).where(where),
  ]);
  return { items: rows.map(toActivity), total: Number(counted?.n ?? 0) };
}

/** Which of the invoice ids are not invoices of this customer. */
export async function invoicesNotOfCustomer(
  db: Db,
  orgId: string,
  customerId: string,
  invoiceIds: readonly string[],
): Promise<string[]> {
  if (invoiceIds.length === 0) return [];
  const rows = await db
    .select({ id: invoices.id })
    .from(invoices)
    .where(and(eq(invoices.orgId, orgId), eq(invoices.customerId, customerId), inArray(invoices.id, [...invoiceIds])));
  const found = new Set(rows.map((row) => row.id));
  return invoiceIds.filter((id) => !found.has(id));
}

/** True when the activity is on this customer's timeline. */
export async function activityOfCustomer(db: Db, orgId: string, customerId: string, activityId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: activities.id })
    .from(activities)
    .where(and(eq(activities.orgId, orgId), eq(activities.customerId, customerId), eq(activities.id, activityId)));
  return row !== undefined;
}
