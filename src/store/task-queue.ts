// The collectors' queue worked through: tasks with their customer and the contact to
// call (phone numbers included), closing a task once, and the outbox action a call
// carried out. Tasks are added by src/store/tasks.ts.
import { and, asc, count, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from './database';
import { contacts, customers, followUpActions, tasks, type PhoneNumber } from './schema';
import type { TaskRow } from './tasks';

export type TaskFilter = {
  status: TaskRow['status'];
  kind?: TaskRow['kind'];
  dueOnOrBefore?: string;
  assignedUserId?: string;
};

/** One page of the organization's tasks, the earliest due first; and how many match in all. */
export async function listTaskRows(
  db: Db,
  orgId: string,
  filter: TaskFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: TaskRow[]; total: number }> {
  const filters: SQL[] = [eq(tasks.orgId, orgId), eq(tasks.status, filter.status)];
  if (filter.kind) filters.push(eq(tasks.kind, filter.kind));
  if (filter.dueOnOrBefore) filters.push(lte(tasks.dueOn, filter.dueOnOrBefore));
  if (filter.assignedUserId) filters.push(eq(tasks.assignedUserId, filter.assignedUserId));
  const where = and(...filters);
  const [rows, [counted]] = await Promise.all([
    db.select().from(tasks).where(where).orderBy(asc(tasks.dueOn), asc(tasks.createdAt), asc(tasks.id)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(tasks).where(where),
  ]);
  return { rows, total: Number(counted?.n ?? 0) };
}

/** One task, or null when not the organization's; `lock` holds it to the transaction's end. */
export async function findTaskRow(db: Db, orgId: string, taskId: string, options: { lock?: boolean } = {}): Promise<TaskRow | null> {
  const query = db.select().from(tasks).where(and(eq(tasks.orgId, orgId), eq(tasks.id, taskId)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

export type TaskPeople = {
  customerNames: Map<string, string>;
  contacts: Map<string, { id: string; name: string; phones: PhoneNumber[] }>;
};

/** The customers' names and the contacts (with phones) the tasks name. */
export async function findTaskPeople(db: Db, orgId: string, rows: readonly TaskRow[]): Promise<TaskPeople> {
  const customerIds = [...new Set(rows.map((r) => r.customerId))];
  const contactIds = [...new Set(rows.flatMap((r) => (r.contactId ? [r.contactId] : [])))];
  const [customerRows, contactRows] = await Promise.all([
    customerIds.length === 0
      ? []
      : db.select({ id: customers.id, name: customers.name }).from(customers).where(and(eq(customers.orgId, orgId), inArray(customers.id, customerIds))),
    contactIds.length === 0
      ? []
      : db
          .select({ id: contacts.id, name: contacts.name, phones: contacts.phones })
          .from(contacts)
          .where(and(eq(contacts.orgId, orgId), inArray(contacts.id, contactIds))),
  ]);
  return {
    customerNames: new Map(customerRows.map((c) => [c.id, c.name])),
    contacts: new Map(contactRows.map((c) => [c.id, c])),
  };
}

/** Closes an open task as done (with a call's outcome) or cancelled; false when it was no longer open. */
export async function closeTask(
  db: Db,
  orgId: string,
  taskId: string,
  values: { status: 'done' | 'cancelled'; outcome: string | null; userId: string | null; at: Date },
): Promise<boolean> {
  const rows = await db
    .update(tasks)
    .set({ status: values.status, outcome: values.outcome, completedByUserId: values.userId, completedAt: values.at })
    .where(and(eq(tasks.orgId, orgId), eq(tasks.id, taskId), eq(tasks.status, 'open')))
    .returning({ id: tasks.id });
  return rows.length > 0;
}

/** Marks the outbox action a task carried out as done; false when it is not the organization's or already done. */
export async function markActionDone(db: Db, orgId: string, actionId: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(followUpActions)
    .set({ status: 'done', completedAt: at, updatedAt: at })
    .where(and(eq(followUpActions.orgId, orgId), eq(followUpActions.id, actionId), sql`${followUpActions.status} <> 'done'`))
    .returning({ id: followUpActions.id });
  return rows.length > 0;
}
