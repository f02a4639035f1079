// Letters sent on paper: the tracking number of a registered letter.
import { z } from 'zod';

export const letterTrackingInput = z.object({
  trackingNumber: z
    .string()
    .min(1)
    .max(64)
    .describe('the postal tracking number, e.g. "RR123456785PL" or Poczta Polska\'s 20 digits; spaces are dropped'),
});
export type LetterTrackingInput = z.input<typeof letterTrackingInput>;

export const letterTracking = z.object({
  id: z.uuid().describe('the sent letter'),
  customerId: z.uuid(),
  recipient: z.string().describe('the postal address the letter went to'),
  subject: z.string().nullable(),
  sentAt: z.string(),
  trackingNumber: z.string(),
});
export type LetterTracking = z.infer<typeof letterTracking>;
