// The collectors' queue: open calls (with their script) and internal tasks, and what
// closing one records.
import { z } from 'zod';
import { messageLanguages } from '../../domain/messages/message-types';
import { isoDate, minorUnits, pageQuery } from './common';
import { invoiceRef, promiseInput } from './follow-up';

const personRef = z.object({ id: z.uuid(), name: z.string() });

/** What a call came to. */
export const callOutcomes = ['reachedPromised', 'reachedDisputed', 'reachedNoCommitment', 'notReached', 'wrongNumber'] as const;
export const callOutcome = z.enum(callOutcomes);
export type CallOutcome = z.infer<typeof callOutcome>;

export const taskStatuses = ['open', 'done', 'cancelled'] as const;

export const taskListQuery = pageQuery.extend({
  status: z.enum(taskStatuses).default('open'),
  kind: z.enum(['call', 'internal']).optional(),
  dueOnOrBefore: z
    .union([isoDate, z.literal('today')])
    .optional()
    .describe("a day, or today: the organization's today"),
  assignedUserId: z.uuid().optional(),
});
export type TaskListQuery = z.input<typeof taskListQuery>;

export const callScriptView = z.object({
  language: z.enum(messageLanguages),
  templateKey: z.string(),
  text: z.string().describe('what to ask for, what to avoid, the items and amounts'),
  items: z.array(
    z.object({
      invoiceId: z.uuid(),
      number: z.string(),
      dueDate: z.string(),
      currency: z.string(),
      openAmountMinor: minorUnits,
      openAmount: z.string().describe('formatted in the language of the script'),
      daysOverdue: z.number().int(),
    }),
  ),
  totals: z.array(z.object({ currency: z.string(), openAmountMinor: minorUnits, openAmount: z.string() })),
});

export const task = z.object({
  id: z.uuid(),
  kind: z.enum(['call', 'internal']),
  title: z.string(),
  status: z.enum(taskStatuses),
  dueOn: z.string(),
  customer: personRef,
  contact: personRef
    .extend({ phones: z.array(z.object({ number: z.string(), kind: z.enum(['work', 'mobile', 'home', 'other']) })) })
    .nullable(),
  invoices: z.array(invoiceRef),
  script: callScriptView.nullable().describe('a call task\'s script as written when the task was raised'),
  assignedTo: personRef.nullable(),
  actionId: z.uuid().nullable().describe('the outbox action the task carries out'),
  outcome: callOutcome.nullable().describe("a done call's outcome"),
  completedBy: personRef.nullable(),
  completedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Task = z.infer<typeof task>;

export const taskList = z.object({
  asOf: z.string().describe("the organization's today"),
  items: z.array(task),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TaskList = z.infer<typeof taskList>;

/** The promise a call came to: a day and an amount (both required) on named invoices. */
export const callPromise = promiseInput.omit({ note: true }).extend({
  invoiceIds: z.array(z.uuid()).min(1).max(500).describe("the invoices it covers, usually the call's; it is for at most what is open on them"),
});
export type CallPromise = z.input<typeof callPromise>;

export const taskCompletion = z.object({
  outcome: callOutcome.optional().describe('required for a call; an internal task has none'),
  note: z.string().max(5000).nullable().optional().describe('what was said or agreed; it goes on the timeline'),
  promise: callPromise
    .optional()
    .describe('only with the outcome reachedPromised: the promise is recorded with the call, and when it is refused neither is'),
});
export type TaskCompletion = z.input<typeof taskCompletion>;

export const taskCancellation = z.object({
  reason: z.string().max(2000).describe('required: why the task is dropped; it goes on the timeline'),
});
