// Closing a task as done. A call says what it came to and lands on the timeline as an
// outbound call with the note; when the daily run raised it, the outbox action it
// carried out is done too. A call that came to a promise to pay can bring the promise
// along: it is recorded in the same transaction, so a refused promise leaves the task
// open. An internal task closes with its note alone.
import { taskCompletion, type CallOutcome, type TaskCompletion } from '../../http/contract';
import { insertActivity } from '../../store/activities';
import type { Db } from '../../store/database';
import { closeTask, findTaskRow, markActionDone } from '../../store/task-queue';
import type { TaskRow } from '../../store/tasks';
import type { Actor } from '../actor';
import { fail, ok, type Result } from '../errors';
import { inTransaction } from '../transaction';
import { validateInput } from '../validate-input';
import { recordCallPromise } from './call-promise';
import { findContactName, notOpen } from './task-closing';

/** How each outcome reads on the timeline. */
export const callOutcomeTexts: Record<CallOutcome, string> = {
  reachedPromised: 'reached, promised to pay',
  reachedDisputed: 'reached, disputes the invoices',
  reachedNoCommitment: 'reached, no commitment',
  notReached: 'not reached',
  wrongNumber: 'wrong number',
};

/** The closed task, its timeline entry and the promise recorded with it, if any. */
export type CompletedTask = { id: string; activityId: string; promiseId: string | null };

/**
 * Marks an open task done, with the promise the call came to when one is given (`today`
 * is the organization's, for the promise's day); invalid_input for a call without an
 * outcome (or an internal task with one), a promise with another outcome or a promise
 * refused under `promise.`; conflict when the task is already done or cancelled.
 */
export async function completeTask(
  db: Db,
  orgId: string,
  taskId: string,
  input: TaskCompletion,
  actor: Actor,
  now: Date,
  today: string,
): Promise<Result<CompletedTask>> {
  const parsed = validateInput(taskCompletion, input);
  if (!parsed.ok) return parsed;
  const { outcome, promise } = parsed.value;
  const note = parsed.value.note?.trim() || null;
  return inTransaction<CompletedTask>(db, async (tx) => {
    const task = await findTaskRow(tx, orgId, taskId, { lock: true });
    if (!task) return fail('not_found', 'no such task');
    if (task.status !== 'open') return fail('conflict', notOpen(task));
    if (task.kind === 'call' && !outcome) {
      return fail('invalid_input', 'outcome: say what the call came to', [{ field: 'outcome', message: 'say what the call came to' }]);
    }
    if (task.kind === 'internal' && outcome) {
      return fail('invalid_input', 'outcome: an internal task has no call outcome', [{ field: 'outcome', message: 'an internal task has no call outcome' }]);
    }
    if (promise && outcome !== 'reachedPromised') {
      const message = 'only a call that came to a promise to pay records one';
      return fail('invalid_input', `promise: ${message}`, [{ field: 'promise', message }]);
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
    if (!promise) return ok({ id: task.id, activityId, promiseId: null });
    const recorded = await recordCallPromise(tx, orgId, task, promise, actor, today, now);
    return recorded.ok ? ok({ id: task.id, activityId, promiseId: recorded.value.id }) : recorded;
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
