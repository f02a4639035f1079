// Dropping a task that no longer makes sense (paid in the meantime, handled another
// way): it leaves the queue and the timeline keeps the reason. The outbox action a
// call task came from keeps its status: the call was never made.
import { insertActivity } from '../../store/activities';
import type { Db } from '../../store/database';
import { closeTask, findTaskRow } from '../../store/task-queue';
import type { Actor } from '../actor';
import { fail, ok, type Result } from '../errors';
import { inTransaction } from '../transaction';
import { notOpen } from './task-closing';

/** Cancels an open task; invalid_input without a reason, conflict when it is already done or cancelled. */
export async function cancelTask(
  db: Db,
  orgId: string,
  taskId: string,
  input: { reason: string },
  actor: Actor,
  now: Date,
): Promise<Result<{ id: string; activityId: string }>> {
  const reason = input.reason.trim();
  if (reason === '') return fail('invalid_input', 'reason: say why the task is dropped', [{ field: 'reason', message: 'say why the task is dropped' }]);
  return inTransaction(db, async (tx) => {
    const task = await findTaskRow(tx, orgId, taskId, { lock: true });
    if (!task) return fail('not_found', 'no such task');
    if (task.status !== 'open') return fail('conflict', notOpen(task));
    await closeTask(tx, orgId, task.id, { status: 'cancelled', outcome: null, userId: actor.userId, at: now });
    const activityId = await insertActivity(tx, orgId, {
      customerId: task.customerId,
      type: 'note',
      direction: 'internal',
      occurredAt: now,
      userId: actor.userId,
      summary: `${task.kind === 'call' ? 'Call' : 'Task'} cancelled: ${task.title}`,
      body: reason,
      invoiceIds: task.invoiceIds,
    });
    return ok({ id: task.id, activityId });
  });
}
