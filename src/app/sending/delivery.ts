// What a channel's delivery comes back with: the message went (and what to record of
// it), or it did not — for good, or for now. The sender turns each into the outbox's
// status, a retry, a task for a person.
import type { NewSentMessage } from '../../store/sent-messages';

/** The parts of the sent-message record a channel knows (the sender adds the rest). */
export type DeliveredMessage = Pick<NewSentMessage, 'recipient' | 'subject' | 'html' | 'text' | 'messageId' | 'providerMessageId' | 'attachmentId'> & {
  /** One line for the timeline: what went where. */
  summary: string;
};

export type DeliveryOutcome =
  | { outcome: 'delivered'; message: DeliveredMessage; /** A person still has to do something (post the letter). */ followUpTask?: string }
  /** Nothing can go on this channel to this contact (no address, opted out): the contact is dropped. */
  | { outcome: 'refused'; reason: string }
  /** The carrier refused for good: the action fails and a person looks at it. */
  | { outcome: 'failed'; reason: string }
  /** Worth another try later (server down, provider busy, settings being fixed). */
  | { outcome: 'retry'; reason: string }
  /** Cannot go until someone sets the channel up; waits without counting attempts. */
  | { outcome: 'notSetUp'; reason: string };
