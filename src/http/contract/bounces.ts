// A mail server's bounce, handed to Duly: what it changed.
import { z } from 'zod';

export const bounceOutcome = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('nothing_failed').describe('no recipient failed for good (e.g. "delayed"): nothing changes') }),
  z.object({ outcome: z.literal('already_recorded'), sentMessageId: z.uuid() }),
  z.object({
    outcome: z.literal('unmatched').describe('no message Duly sent has the returned Message-ID; the addresses are marked all the same'),
    unreachable: z.array(z.string()),
  }),
  z.object({
    outcome: z.literal('recorded'),
    sentMessageId: z.uuid(),
    customerId: z.uuid(),
    unreachable: z.array(z.string()).describe('the addresses now marked unreachable'),
    activityId: z.uuid().describe('the timeline entry'),
    taskId: z.uuid().nullable().describe('the task to find a working address'),
  }),
]);
export type BounceOutcomeView = z.infer<typeof bounceOutcome>;
