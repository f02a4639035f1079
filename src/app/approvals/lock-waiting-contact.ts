// What approving and rejecting both start with: the contact, locked so that two people
// deciding at once decide once, checked to be still waiting and within the decider's
// rights, with the effects that wait on it.
import type { ContactAction } from '../../domain/dunning/actions';
import { effectKinds, findOutboxRow, lockWaitingEffects, type OutboxRow } from '../../store/approvals';
import { findCustomer } from '../../store/customers';
import type { Db } from '../../store/database';
import { fail, ok, type Result } from '../errors';
import { mayApprove, whoMayApprove, type Approver } from './approval-rights';
import { followsContact } from './waiting-effects';

export type WaitingDecision = { row: OutboxRow; action: ContactAction; effects: OutboxRow[] };

const isContact = (action: OutboxRow['action']): action is ContactAction => action.kind === 'sendMessage' || action.kind === 'createCallTask';

/** The waiting contact and its effects, locked; not_found, conflict (not waiting) or forbidden otherwise. */
export async function lockWaitingContact(tx: Db, orgId: string, actionId: string, approver: Approver): Promise<Result<WaitingDecision>> {
  const row = await findOutboxRow(tx, orgId, actionId, { lock: true });
  if (!row) return fail('not_found', 'no such action');
  const action = row.action;
  if (!isContact(action)) {
    const waitsForContact = (effectKinds as readonly string[]).includes(action.kind);
    return fail(
      'conflict',
      waitsForContact
        ? `a ${action.kind} follows the approval of the contact that carries out its step: decide on that contact`
        : `a ${action.kind} needs no approval`,
    );
  }
  if (row.status !== 'awaitingApproval') return fail('conflict', notWaiting(row));
  const customer = await findCustomer(tx, orgId, row.customerId);
  if (!customer) return fail('not_found', 'no such action');
  if (!mayApprove(action.approval, approver, customer.accountOwnerUserId)) return fail('forbidden', whoMayApprove(action.approval, approver));
  const effects = (await lockWaitingEffects(tx, orgId, row)).filter((effect) => followsContact(effect, row));
  return ok({ row, action, effects });
}

function notWaiting(row: OutboxRow): string {
  if (row.status === 'cancelled') return 'the action was rejected or cancelled; it no longer waits for approval';
  if (row.approvedAt) return `the action was already approved at ${row.approvedAt.toISOString()}; it is ${row.status} now`;
  return `the action is ${row.status}: it does not wait for approval`;
}
