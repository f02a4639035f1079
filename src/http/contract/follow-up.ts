// Follow-up records (promises to pay, payment plans, disputes, snoozes) and what the
// customer page shows about a customer's follow-up.
import { z } from 'zod';
import { currencyCode, isoDate, minorUnits } from './common';

/** An invoice named by a record: its id and the number people know it by. */
export const invoiceRef = z.object({ id: z.uuid(), number: z.string() });
export type InvoiceRef = z.infer<typeof invoiceRef>;

const userRef = z.object({ id: z.uuid(), name: z.string() }).nullable();

// ── Promises to pay ────────────────────────────────────────────────────────────────

export const promiseStatuses = ['open', 'kept', 'partlyKept', 'broken', 'cancelled'] as const;
export const promiseStatus = z.enum(promiseStatuses);
export type PromiseStatus = z.infer<typeof promiseStatus>;

// Date and amount are optional here on purpose: the use case refuses a promise
// without them with its own field messages, the same for the API and the CLI.
export const promiseInput = z.object({
  invoiceIds: z.array(z.uuid()).max(500).default([]).describe('empty: all open invoices of the customer in the currency'),
  promisedDate: isoDate.nullable().optional().describe('the day the money will arrive (required)'),
  amountMinor: minorUnits.nullable().optional().describe('the amount promised (required)'),
  currency: currencyCode,
  note: z.string().max(2000).nullable().optional(),
});
export type PromiseToPayInput = z.input<typeof promiseInput>;

export const promiseToPay = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  invoices: z.array(invoiceRef),
  promisedDate: z.string(),
  amountMinor: z.number().int(),
  currency: z.string(),
  graceDays: z.number().int(),
  pausesUntil: z.string().describe('the last day the promise pauses the reminders: its date plus grace'),
  paidMinor: z.number().int().describe('paid towards the promise from its day of recording to the end of its grace'),
  status: promiseStatus,
  resolvedOn: z.string().nullable(),
  note: z.string().nullable(),
  recordedBy: userRef,
  createdAt: z.string(),
});
export type PromiseToPay = z.infer<typeof promiseToPay>;

// ── Payment plans ──────────────────────────────────────────────────────────────────

export const planStatuses = ['active', 'completed', 'defaulted', 'cancelled'] as const;
export const planStatus = z.enum(planStatuses);
export const instalmentStatusValues = ['paid', 'due', 'late'] as const;

export const paymentPlanInput = z.object({
  invoiceIds: z.array(z.uuid()).max(500),
  instalments: z.array(z.object({ dueDate: isoDate, amountMinor: minorUnits })).max(120),
  note: z.string().max(2000).nullable().optional(),
});
export type PaymentPlanInput = z.input<typeof paymentPlanInput>;

/** One row of the schedule: due date, amount, paid so far, and paid / due / late. */
export const planInstalment = z.object({
  sequence: z.number().int(),
  dueDate: z.string(),
  amountMinor: z.number().int(),
  paidMinor: z.number().int(),
  status: z.enum(instalmentStatusValues),
});
export type PlanInstalmentView = z.infer<typeof planInstalment>;

export const paymentPlan = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  invoices: z.array(invoiceRef),
  currency: z.string(),
  totalMinor: z.number().int(),
  paidMinor: z.number().int().describe('paid towards the plan since it was agreed'),
  status: planStatus,
  endedOn: z.string().nullable(),
  note: z.string().nullable(),
  createdBy: userRef,
  createdAt: z.string(),
  instalments: z.array(planInstalment),
});
export type PaymentPlan = z.infer<typeof paymentPlan>;

// ── Disputes ───────────────────────────────────────────────────────────────────────

export const disputeInput = z.object({ reason: z.string().max(2000) });
export const disputeResolution = z.object({ resolution: z.string().max(2000) });

export const dispute = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  invoice: invoiceRef,
  reason: z.string(),
  status: z.enum(['open', 'resolved']),
  openedOn: z.string(),
  resolvedOn: z.string().nullable(),
  resolution: z.string().nullable(),
  openedBy: userRef,
  createdAt: z.string(),
});
export type Dispute = z.infer<typeof dispute>;

// ── Snoozes ────────────────────────────────────────────────────────────────────────

export const snoozeInput = z.object({
  invoiceId: z.uuid().nullable().optional().describe('snooze one invoice; without it the whole customer'),
  reason: z.string().max(2000),
  until: isoDate.describe('the last day of the pause; after today'),
});
export type SnoozeInput = z.input<typeof snoozeInput>;

export const snooze = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  invoice: invoiceRef.nullable(),
  reason: z.string(),
  until: z.string(),
  endedAt: z.string().nullable(),
  status: z.enum(['active', 'ended', 'expired']).describe('ended: stopped by hand before its last day; expired: its last day has passed'),
  createdBy: userRef,
  createdAt: z.string(),
});
export type Snooze = z.infer<typeof snooze>;

// ── A customer's follow-up, as its page shows it ───────────────────────────────────

export const routingReasonKeys = [
  'manualAssignment',
  'tag',
  'segment',
  'tenure',
  'revenue',
  'regularContract',
  'overdueAmount',
  'openAmount',
  'daysOverdue',
  'brokenPromises',
  'fallback',
] as const;

export const routingReason = z.object({
  key: z.enum(routingReasonKeys),
  facts: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
});
export type RoutingReasonView = z.infer<typeof routingReason>;

export const procedureAssignment = z.object({
  procedureKey: z.string(),
  version: z.number().int(),
  name: z.object({ pl: z.string(), en: z.string() }),
  matchedRule: z.object({ priority: z.number().int(), name: z.string(), procedureKey: z.string() }).nullable(),
  reasons: z.array(routingReason),
});

/** One action the coming runs would plan, flattened for people. */
export const plannedAction = z.object({
  date: z.string(),
  kind: z.enum(['sendMessage', 'createCallTask', 'createInternalTask', 'holdCredit', 'notifyAccountOwner', 'openHandover']),
  channel: z.string().nullable(),
  addresseeRole: z.string().nullable(),
  contactName: z.string().nullable(),
  tone: z.string().nullable(),
  approval: z.string().nullable(),
  taskReason: z.string().nullable(),
  templateKey: z.string().nullable(),
  procedureKey: z.string(),
  procedureVersion: z.number().int(),
  invoices: z.array(invoiceRef),
});
export type PlannedAction = z.infer<typeof plannedAction>;

/** A step due but held back, and the first day it may run. */
export const heldStep = z.object({
  channel: z.string(),
  reason: z.string(),
  nextAllowedOn: z.string(),
  invoices: z.array(invoiceRef),
});
export type HeldStepView = z.infer<typeof heldStep>;

export const customerFollowUp = z.object({
  asOf: z.string(),
  days: z.number().int(),
  procedure: procedureAssignment.nullable().describe('null when no procedure is in effect'),
  planned: z.array(plannedAction).describe('the next days as the daily runs would plan them; payments are not foreseen'),
  held: z.object({
    source: z.enum(['run', 'preview']).describe('run: the latest daily run held them; preview: as today would'),
    runDate: z.string(),
    steps: z.array(heldStep),
  }),
  promises: z.array(promiseToPay).describe('open promises'),
  paymentPlans: z.array(paymentPlan).describe('running plans'),
  disputes: z.array(dispute).describe('open disputes'),
  snoozes: z.array(snooze).describe('snoozes in force'),
});
export type CustomerFollowUp = z.infer<typeof customerFollowUp>;

export const followUpQuery = z.object({
  days: z.coerce.number().int().min(1).max(90).default(30),
});
