// The local mail catcher: e-mail Duly would have sent when no SMTP server is set up.
import { z } from 'zod';

export const caughtMailSummary = z.object({
  id: z.uuid(),
  messageId: z.string(),
  from: z.string(),
  to: z.array(z.string()),
  subject: z.string(),
  receivedAt: z.string(),
});
export type CaughtMailSummary = z.infer<typeof caughtMailSummary>;

export const caughtMailAttachment = z.object({
  fileName: z.string().nullable(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  contentId: z.string().nullable().describe('set for an image the HTML shows inline'),
});

export const caughtMail = caughtMailSummary.extend({
  replyTo: z.string().nullable(),
  date: z.string().nullable().describe('the Date header'),
  text: z.string(),
  html: z.string().nullable().describe('inline images as data: URLs'),
  attachments: z.array(caughtMailAttachment),
});
export type CaughtMail = z.infer<typeof caughtMail>;
