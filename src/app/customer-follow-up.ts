// Everything the customer page says about a customer's follow-up: which procedure and
// why, what the coming days would bring, what is held back and until when, and the
// promises, plans, disputes and snoozes that shape it now.
import type { IsoDate } from '../domain/dates';
import type { Action, HeldStep } from '../domain/dunning/actions';
import type { CustomerFollowUp, HeldStepView, PlannedAction } from '../http/contract';
import { listContacts } from '../store/contacts';
import { findCustomer } from '../store/customers';
import type { Db } from '../store/database';
import { listDisputeRows, toDisputeViews } from '../store/disputes';
import { findFollowUpHolds } from '../store/follow-up-actions';
import { findOrganization } from '../store/organizations';
import { listPaymentPlanRows, toPaymentPlanViews } from '../store/payment-plans';
import { listPromiseRows, toPromiseViews } from '../store/promises';
import { invoiceNumbers, toInvoiceRefs } from '../store/record-refs';
import { listSnoozeRows, toSnoozeViews } from '../store/snoozes';
import { fail, ok, type Result } from './errors';
import { explainCustomerProcedure } from './follow-up/explain-customer-procedure';
import { previewCustomer } from './follow-up/preview-customer';
import { followUpTerms } from './follow-up-terms';

/** The customer's follow-up on `today` with the `days` days ahead; not_found when not the organization's. */
export async function getCustomerFollowUp(db: Db, orgId: string, customerId: string, today: IsoDate, days = 30): Promise<Result<CustomerFollowUp>> {
  const org = await findOrganization(db, orgId);
  if (!org || !(await findCustomer(db, orgId, customerId))) return fail('not_found', 'no such customer');
  const preview = await previewCustomer(db, orgId, customerId, today, days);
  if (!preview.ok) return preview;
  const explanation = await explainCustomerProcedure(db, orgId, customerId, today);
  const stored = await findFollowUpHolds(db, orgId, customerId);
  const [promiseRows, planRows, disputeRows, snoozeRows, contacts, terms] = await Promise.all([
    listPromiseRows(db, orgId, { customerIds: [customerId], statuses: ['open'] }),
    listPaymentPlanRows(db, orgId, { customerIds: [customerId], statuses: ['active'] }),
    listDisputeRows(db, orgId, { customerIds: [customerId], status: 'open' }),
    listSnoozeRows(db, orgId, { customerIds: [customerId], activeOn: today }),
    listContacts(db, orgId, customerId),
    followUpTerms(db, orgId, customerId, today),
  ]);

  const planned = preview.value.flatMap((day) => day.actions.map((action) => ({ date: day.date, action })));
  // The latest run's holds say what really waits; before any run, today's preview does.
  const held = stored
    ? { source: 'run' as const, runDate: stored.runDate, steps: stored.held }
    : { source: 'preview' as const, runDate: today, steps: preview.value[0]?.held ?? [] };
  const numbers = await invoiceNumbers(db, orgId, [
    ...planned.flatMap(({ action }) => action.steps.map((s) => s.invoiceId)),
    ...held.steps.flatMap((h) => h.steps.map((s) => s.invoiceId)),
  ]);
  const contactNames = new Map(contacts.map((c) => [c.id, c.name]));

  return ok({
    asOf: today,
    days,
    procedure: explanation.ok
      ? {
          procedureKey: explanation.value.procedureKey,
          version: explanation.value.version,
          name: explanation.value.name,
          matchedRule: explanation.value.matchedRule
            ? { priority: explanation.value.matchedRule.priority, name: explanation.value.matchedRule.name, procedureKey: explanation.value.matchedRule.procedureKey }
            : null,
          reasons: explanation.value.reasons,
        }
      : null,
    planned: planned.map(({ date, action }) => plannedAction(date, action, numbers, contactNames)),
    held: { ...held, steps: held.steps.map((step) => heldStep(step, numbers)) },
    promises: await toPromiseViews(db, orgId, promiseRows, org.timeZone, today),
    paymentPlans: await toPaymentPlanViews(db, orgId, planRows, today, () => terms.planDefaultAfterDays),
    disputes: await toDisputeViews(db, orgId, disputeRows),
    snoozes: await toSnoozeViews(db, orgId, snoozeRows, today),
  });
}

function uniqueInvoices(steps: readonly { invoiceId: string }[], numbers: ReadonlyMap<string, string>) {
  return toInvoiceRefs([...new Set(steps.map((s) => s.invoiceId))], numbers);
}

function plannedAction(date: IsoDate, action: Action, numbers: ReadonlyMap<string, string>, contactNames: ReadonlyMap<string, string>): PlannedAction {
  const base = {
    date,
    kind: action.kind,
    procedureKey: action.procedureKey,
    procedureVersion: action.procedureVersion,
    invoices: uniqueInvoices(action.steps, numbers),
  };
  switch (action.kind) {
    case 'sendMessage':
    case 'createCallTask':
      return {
        ...base,
        channel: action.channel,
        addresseeRole: action.addresseeRole,
        contactName: contactNames.get(action.contactId) ?? null,
        tone: action.tone,
        approval: action.approval,
        taskReason: null,
        templateKey: action.templateKey,
      };
    case 'createInternalTask':
      return { ...base, channel: 'internalTask', addresseeRole: null, contactName: null, tone: null, approval: null, taskReason: action.reason, templateKey: action.templateKey };
    case 'holdCredit':
    case 'notifyAccountOwner':
    case 'openHandover':
      return { ...base, channel: null, addresseeRole: null, contactName: null, tone: null, approval: null, taskReason: null, templateKey: null };
  }
}

function heldStep(step: HeldStep, numbers: ReadonlyMap<string, string>): HeldStepView {
  return { channel: step.channel, reason: step.reason, nextAllowedOn: step.nextAllowedOn, invoices: uniqueInvoices(step.steps, numbers) };
}

