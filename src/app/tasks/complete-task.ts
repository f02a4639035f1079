// Closing a task as done. A call says what it came to and lands on the timeline as an
// outbound call with the note; when the daily run raised it, the outbox action it
// carried out is done too. An internal task closes with its note alone.
import { taskCompletion, type CallOutcome, type TaskCompletion } from '../../http/contract';
import { insertActivity } from '../../store/activities';
import type { Db } from '../../store/database';
import { closeTask, findTaskRow, markActionDone } from '../../store/task-queue';
import type { TaskRow } from '../../store/tasks';
import type { Actor } from '../actor';
import { fail, ok, type Result } from '../errors';
import { inTransaction } from '../transaction';
import { validateInput } from '../validate-input';
import { findContactName, notOpen } from './task-closing';

/** How each outcome reads on the timeline. */
export const callOutcomeTexts: Record<CallOutcome, string> = {
  reachedPromised: 'reached, promised to pay',
  reachedDisputed: 'reached, disputes the invoices',
  reachedNoCommitment: 'reached, no commitment',
  notReached: 'not reached',
  wrongNumber: 'wrong number',
};

/**
 * Marks an open task done; invalid_input for a call without an outcome (or an internal
 * task with one), conflict when the task is already done or cancelled.
 */
export async function completeTask(
  db: Db,
  orgId: string,
  taskId: string,
  input: TaskCompletion,
  actor: Actor,
  now: Date,
): Promise<Result<{ id: string; activityId: string }>> {
  const parsed = validateInput(taskCompletion, input);
  if (!parsed.ok) return parsed;
  const { outcome } = parsed.value;
  const note = parsed.value.note?.trim() || null;
  return inTransaction(db, async (tx) => {
    const task = await findTaskRow(tx, orgId, taskId, { lock: true });
    if (!task) return fail('not_found', 'no such task');
    if (task.status !== 'open') return fail('conflict', notOpen(task));
    if (task.kind === 'call' && !outcome) {
      return fail('invalid_input', 'outcome: say what the call came to', [{ field: 'outcome', message: 'say what the call came to' }]);
    }
    if (task.kind === 'internal' && outcome) {
      return fail('invalid_input', 'outcome: an internal task has no call outcome', [{ field: 'outcome', message: 'an internal task has no call outcome' }]);
    }
    await closeTask(tx, orgId, task.id, { status: 'done', outcome: outcome ?? null, userId: actor.userId, at: now });
    if (task.actionId) await markActionDone(tx, orgId, task.actionId, now);
    const activityId = await insertActivity(tx, orgId, {
      customerId: task.customerId,
      occurredAt: now,
      userId: actor.userId,
      body: note,
      invoiceIds: task.invoiceIds,
      ...(await timelineEntry(tx, orgId, task, outcome)),
    });
    return ok({ id: task.id, activityId });
  });
}

async function timelineEntry(db: Db, orgId: string, task: TaskRow, outcome: CallOutcome | undefined) {
  if (task.kind === 'internal' || !outcome) return { type: 'note' as const, direction: 'internal' as const, summary: `Task done: ${task.title}` };
  const contactName = await findContactName(db, orgId, task.contactId);
  return {
    type: 'call' as const,
    channel: 'phone' as const,
    direction: 'outbound' as const,
    summary: `Call${contactName ? ` to ${contactName}` : ''}: ${callOutcomeTexts[outcome]}`,
  };
}
