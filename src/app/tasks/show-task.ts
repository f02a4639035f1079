// One task of the queue, as the call screen opens it.
import type { Task } from '../../http/contract';
import type { Db } from '../../store/database';
import { findTaskRow } from '../../store/task-queue';
import { fail, ok, type Result } from '../errors';
import { toTaskViews } from './task-views';

/** The task with its script and people; not_found when not the organization's. */
export async function showTask(db: Db, orgId: string, taskId: string): Promise<Result<Task>> {
  const row = await findTaskRow(db, orgId, taskId);
  if (!row) return fail('not_found', 'no such task');
  const [view] = await toTaskViews(db, orgId, [row]);
  return ok(view!);
}
