// The day's one contact with a customer: merged from every step due, then checked
// against everything that may hold it back — do-not-contact, the customer's calendar
// and send window, the addressee, the rhythm. A held contact says why and when it may go.
import { isBusinessDay, isoWeekday, sendWindowOn } from '../calendar';
import type { IsoDate } from '../dates';
import type { ContactAction, HeldStep, HoldReason, InternalTaskAction, StepRef } from './actions';
import { findAddressee, hasPayablesContact } from './addressee';
import { actionKey, onceTaskKey, sortStepRefs, stepRefsKey } from './keys';
import type { DueStep } from './ladder';
import { leadingStep } from './merge';
import type { Channel, ProcedureVersion } from './procedure';
import { stage } from './procedure-rules';
import { nextAllowedDay, rhythmHold, rotatedChannel } from './rhythm';
import type { CustomerSnapshot } from './snapshot';

export type ContactOutcome = {
  contact: ContactAction | null;
  held: HeldStep | null;
  tasks: InternalTaskAction[];
};

/** Merges the contact steps due today into one contact, or holds them with the reason and the next allowed day. */
export function planContact(
  snapshot: CustomerSnapshot,
  procedure: ProcedureVersion,
  due: readonly DueStep[],
  today: IsoDate,
): ContactOutcome {
  const { customer } = snapshot;
  const refs = sortStepRefs(due.map((s) => s.ref));
  const lead = leadingStep(due);
  const window = procedure.sendWindow;
  const isOpenDay = (day: IsoDate) => isBusinessDay(day, customer.country) && window.weekdays.includes(isoWeekday(day));
  const hold = (reason: HoldReason, channel: Channel, tasks: InternalTaskAction[] = []): ContactOutcome => ({
    contact: null,
    held: {
      customerId: customer.id,
      channel,
      steps: refs,
      reason,
      nextAllowedOn: nextAllowedDay(snapshot.history, procedure.rhythm, today, isOpenDay),
    },
    tasks,
  });

  if (customer.doNotContact) return hold('doNotContact', lead.step.channel);
  if (!isBusinessDay(today, customer.country)) return hold('notBusinessDay', lead.step.channel);
  if (!window.weekdays.includes(isoWeekday(today))) return hold('outsideSendWindow', lead.step.channel);

  const addressee = findAddressee(snapshot.contacts, lead.step.addressees, lead.step.channel);
  if (!addressee.found) {
    return hold(addressee.reason, lead.step.channel, missingContactTasks(snapshot, procedure, lead, refs, today));
  }
  const channel = rotatedChannel(snapshot.history, procedure, lead.step.channel, addressee.contact, today);
  const rhythm = rhythmHold(snapshot.history, procedure.rhythm, channel, today);
  if (rhythm) return hold(rhythm, channel);
  if (channel === 'internalTask') throw new Error('an internal task is never a contact');

  const kind = channel === 'call' ? 'createCallTask' : 'sendMessage';
  const sendWindow = sendWindowOn(today, customer.timeZone, window);
  return {
    contact: {
      kind,
      key: actionKey(customer.id, procedure, kind, refs, today),
      customerId: customer.id,
      procedureKey: procedure.procedureKey,
      procedureVersion: procedure.version,
      plannedFor: today,
      channel,
      contactId: addressee.contact.id,
      addresseeRole: addressee.role,
      templateKey: lead.step.templateKey,
      tone: lead.step.tone,
      purpose: lead.step.purpose,
      approval: lead.step.approval,
      steps: refs,
      sendFrom: sendWindow.from,
      sendUntil: sendWindow.until,
    },
    held: null,
    tasks: [],
  };
}

// Nobody to speak to: a task for the collector, raised once per situation rather than
// every day the ladder stands still; and while monitoring without any payables
// contact, a task to find one (seed 003: ask the switchboard who pays the invoices).
function missingContactTasks(
  snapshot: CustomerSnapshot,
  procedure: ProcedureVersion,
  lead: DueStep,
  refs: StepRef[],
  today: IsoDate,
): InternalTaskAction[] {
  const base = {
    kind: 'createInternalTask' as const,
    customerId: snapshot.customer.id,
    procedureKey: procedure.procedureKey,
    procedureVersion: procedure.version,
    plannedFor: today,
    templateKey: null,
    steps: refs,
  };
  const tasks: InternalTaskAction[] = [];
  if (stage(lead.step.tone) === 'monitoring' && !hasPayablesContact(snapshot.contacts)) {
    tasks.push({ ...base, reason: 'missingPayablesContact', key: onceTaskKey(snapshot.customer.id, procedure.procedureKey, 'missingPayablesContact') });
  }
  const subject = `${lead.step.channel}|${lead.step.addressees.join('+')}|${stepRefsKey(refs)}`;
  tasks.push({ ...base, reason: 'noReachableContact', key: onceTaskKey(snapshot.customer.id, procedure.procedureKey, 'noReachableContact', subject) });
  return tasks;
}
