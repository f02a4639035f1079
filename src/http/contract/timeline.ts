// The customer's timeline and attached files.
import { z } from 'zod';
import { pageQuery } from './common';
import { channel, customer } from './customers';
import { payment } from './ledger';

export const activityTypeValues = [
  'note', 'call', 'email', 'sms', 'letter', 'meeting', 'payment', 'promise', 'dispute', 'import', 'system',
] as const;

export const activityInput = z.object({
  type: z.enum(['note', 'call', 'email', 'sms', 'letter', 'meeting']),
  channel: z.enum(['email', 'sms', 'phone', 'letter', 'meeting', 'portal', 'system']).nullable().optional(),
  direction: z.enum(['inbound', 'outbound', 'internal']).default('internal'),
  occurredAt: z.iso.datetime({ offset: true }).optional(),
  summary: z.string().min(1).max(500),
  body: z.string().max(100_000).nullable().optional(),
  invoiceIds: z.array(z.uuid()).default([]),
});

export const activity = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  occurredAt: z.string(),
  type: z.enum(activityTypeValues),
  channel: z.string().nullable(),
  direction: z.enum(['inbound', 'outbound', 'internal']),
  userId: z.uuid().nullable(),
  userName: z.string().nullable(),
  summary: z.string(),
  body: z.string().nullable(),
  invoiceIds: z.array(z.uuid()),
  createdAt: z.string(),
});
export type Activity = z.infer<typeof activity>;

export const attachment = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  invoiceId: z.uuid().nullable(),
  activityId: z.uuid().nullable(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});
export type Attachment = z.infer<typeof attachment>;

export const activityListQuery = pageQuery.extend({
  type: z.enum(activityTypeValues).optional(),
});
