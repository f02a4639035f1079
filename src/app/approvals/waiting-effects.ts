// The effects a contact's approval governs: the daily run stores a step's credit hold,
// handover or note to the account owner beside the contact that carries the step out,
// on the same day, and keeps them waiting together (src/app/follow-up/outbox-rows.ts).
import type { StepRef } from '../../domain/dunning/actions';
import type { OutboxRow } from '../../store/approvals';

const stepId = (ref: StepRef) => `${ref.invoiceId}|${ref.stepKey}`;

/** True when the effect follows a step the contact carries out (same customer, day and procedure). */
export function followsContact(effect: OutboxRow, contact: OutboxRow): boolean {
  if (effect.customerId !== contact.customerId || effect.plannedFor !== contact.plannedFor || effect.procedureKey !== contact.procedureKey) {
    return false;
  }
  const steps = new Set(contact.action.steps.map(stepId));
  return effect.action.steps.some((ref) => steps.has(stepId(ref)));
}
