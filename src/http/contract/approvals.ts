// Contacts waiting for a person's approval, as the approvals list shows them: to whom
// and about what, the message as it would leave today with the tone guard's findings,
// and who may let it go or stop it.
import { z } from 'zod';
import { addresseeRoles, stepPurposes, tones } from '../../domain/dunning/procedure';
import { messageLanguages } from '../../domain/messages/message-types';
import { invoiceStatus, minorUnits } from './common';
import { toneCheckResult } from './tone';

const personRef = z.object({ id: z.uuid(), name: z.string() });

export const approvalInvoice = z.object({
  id: z.uuid(),
  number: z.string(),
  dueDate: z.string(),
  currency: z.string(),
  openAmountMinor: minorUnits.describe('open today; 0 once paid since the action was planned'),
  status: invoiceStatus,
});

export const approvalPreview = z.discriminatedUnion('rendered', [
  z.object({
    rendered: z.literal(true),
    language: z.enum(messageLanguages),
    subject: z.string().describe('e-mail subject or letter heading; empty for SMS and calls'),
    html: z.string().describe("the e-mail's HTML, without the payment QR code; empty for other channels"),
    text: z.string().describe("the e-mail's text part, the SMS, the letter body or the call script"),
    tone: toneCheckResult.describe('the tone guard as the sender applies it: on the subject, a line break and the text (offsets count in that); names and numbers from records are not judged'),
  }),
  z.object({
    rendered: z.literal(false),
    reason: z.string().describe('why the message cannot be written now, e.g. every invoice has been paid'),
  }),
]);
export type ApprovalPreview = z.infer<typeof approvalPreview>;

export const effectKindValues = ['holdCredit', 'notifyAccountOwner', 'openHandover'] as const;

export const approvalItem = z.object({
  id: z.uuid().describe('the outbox action'),
  kind: z.enum(['sendMessage', 'createCallTask']),
  channel: z.enum(['email', 'sms', 'call', 'letter']),
  plannedFor: z.string(),
  customer: personRef,
  contact: personRef.nullable().describe('null when the contact was deleted since'),
  addresseeRole: z.enum(addresseeRoles),
  procedureKey: z.string(),
  procedureVersion: z.number().int(),
  stepKeys: z.array(z.string()).describe('the steps the contact carries out, each once'),
  templateKey: z.string(),
  tone: z.enum(tones),
  purpose: z.enum(stepPurposes),
  approval: z.enum(['collector', 'account_owner']).describe("collector: any collector or admin; account_owner: the customer's account owner or an admin"),
  accountOwner: personRef.nullable(),
  mayApprove: z.boolean().describe('true when the caller may approve or reject it'),
  effects: z.array(z.enum(effectKindValues)).describe('what approving also lets go (rejecting cancels them)'),
  invoices: z.array(approvalInvoice),
  preview: approvalPreview,
});
export type ApprovalItem = z.infer<typeof approvalItem>;

export const approvalListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25).describe('each item renders its message: pages stay small'),
});

export const approvalList = z.object({
  asOf: z.string().describe("the organization's today, the day previews are written for"),
  items: z.array(approvalItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ApprovalList = z.infer<typeof approvalList>;

export const rejectionInput = z.object({
  reason: z.string().max(2000).describe('required: why the contact must not happen; it goes on the timeline'),
});
export type RejectionInput = z.infer<typeof rejectionInput>;

export const approvalDecision = z.object({
  id: z.uuid(),
  status: z.enum(['pending', 'cancelled']).describe('pending: handed to the sender; cancelled: rejected'),
  effectIds: z.array(z.uuid()).describe('the waiting effects of the same steps, approved or cancelled with it'),
  activityId: z.uuid().describe('the timeline entry saying who decided'),
});
export type ApprovalDecision = z.infer<typeof approvalDecision>;
