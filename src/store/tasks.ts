// Work for people: calls to make with a script, and internal tasks a procedure or an
// event raised (a bounced e-mail: find a working address). Open tasks are the
// collectors' queue.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from './database';
import { tasks } from './schema';

export type TaskRow = typeof tasks.$inferSelect;
export type NewTask = {
  customerId: string;
  kind: TaskRow['kind'];
  title: string;
  dueOn: string;
  actionId?: string | null;
  contactId?: string | null;
  invoiceIds?: string[];
  script?: unknown;
  assignedUserId?: string | null;
};

/** Adds a task; null when the outbox action already has its task (a rerun). */
export async function insertTask(db: Db, orgId: string, task: NewTask): Promise<TaskRow | null> {
  const [row] = await db
    .insert(tasks)
    .values({ ...task, orgId, status: 'open' })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/** A customer's open tasks, the earliest due first. */
export async function listOpenTasksOfCustomer(db: Db, orgId: string, customerId: string): Promise<TaskRow[]> {
  return db
    .select()
    .from(tasks)
    .where(and(eq(tasks.orgId, orgId), eq(tasks.customerId, customerId), eq(tasks.status, 'open')))
    .orderBy(asc(tasks.dueOn), asc(tasks.createdAt), asc(tasks.id));
}
