// What completing and cancelling a task share: why a closed task cannot be closed again,
// and the name of the person the task is about.
import { findContact } from '../../store/contacts';
import type { Db } from '../../store/database';
import type { TaskRow } from '../../store/tasks';

/** The conflict message for a task that is no longer open. */
export function notOpen(task: TaskRow): string {
  const when = task.completedAt ? ` at ${task.completedAt.toISOString()}` : '';
  return task.status === 'done' ? `the task was already done${when}` : `the task was cancelled${when}`;
}

/** The contact's name, or null when the task names none (or it was deleted). */
export async function findContactName(db: Db, orgId: string, contactId: string | null): Promise<string | null> {
  if (!contactId) return null;
  return (await findContact(db, orgId, contactId))?.name ?? null;
}
