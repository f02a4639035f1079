// A bounce: a mail server reports that an e-mail Duly sent could not be delivered.
// A permanent failure marks the address unreachable (no step uses it again), marks the
// message bounced, says so on the customer's timeline, and asks a collector to find an
// address that works. A temporary one ("delayed", 4.x.x) changes nothing: the server
// is still trying.
import { dateInZone } from '../domain/dates';
import { parseDeliveryStatus, type DeliveryRecipientStatus, type DeliveryReport } from '../formats/email/delivery-status';
import { insertActivity } from '../store/activities';
import { findContact } from '../store/contacts';
import type { Db } from '../store/database';
import { findOrganization } from '../store/organizations';
import { insertTask } from '../store/tasks';
import { addressKey, findSentEmailByMessageId, markSentMessageBounced, markUnreachable } from '../store/unreachable-addresses';
import { fail, ok, type Result } from './errors';
import { inTransaction } from './transaction';

export type BounceOutcome =
  /** No recipient failed for good: nothing changes. */
  | { outcome: 'nothing_failed' }
  /** The same bounce was recorded before. */
  | { outcome: 'already_recorded'; sentMessageId: string }
  /** No message Duly sent has this Message-ID; the addresses are marked all the same. */
  | { outcome: 'unmatched'; unreachable: string[] }
  | { outcome: 'recorded'; sentMessageId: string; customerId: string; unreachable: string[]; activityId: string; taskId: string | null };

/** True for a recipient the server gave up on: action failed with a 5.x.x status. */
export function failedForGood(recipient: DeliveryRecipientStatus): boolean {
  return recipient.action === 'failed' && recipient.status !== null && recipient.status.startsWith('5.');
}

const reasonOf = (recipient: DeliveryRecipientStatus) =>
  [recipient.status, recipient.diagnostic].filter((part) => part !== null).join(' ') || 'undeliverable';

/** Records what the report says; not_found when the organization is gone. */
export async function recordBounce(db: Db, orgId: string, report: DeliveryReport, now: Date): Promise<Result<BounceOutcome>> {
  const failures = report.recipients.filter(failedForGood);
  if (failures.length === 0) return ok({ outcome: 'nothing_failed' });
  const organization = await findOrganization(db, orgId);
  if (!organization) return fail('not_found', 'no such organization');

  return inTransaction<BounceOutcome>(db, async (tx) => {
    const sent = report.originalMessageId ? await findSentEmailByMessageId(tx, orgId, report.originalMessageId) : null;
    if (sent?.status === 'bounced') return ok({ outcome: 'already_recorded', sentMessageId: sent.id });

    const unreachable: string[] = [];
    for (const failure of failures) {
      await markUnreachable(tx, orgId, { channel: 'email', address: failure.address, reason: reasonOf(failure), sentMessageId: sent?.id ?? null, markedAt: now });
      unreachable.push(addressKey('email', failure.address));
    }
    if (!sent) return ok({ outcome: 'unmatched', unreachable });

    const reason = failures.map((failure) => `${failure.address}: ${reasonOf(failure)}`).join('; ');
    await markSentMessageBounced(tx, orgId, sent.id, reason);
    const addresses = unreachable.join(', ');
    const subject = sent.subject ? `"${sent.subject}"` : 'the e-mail';
    const activityId = await insertActivity(tx, orgId, {
      customerId: sent.customerId,
      // A mail server's report, not the customer speaking: it must not count as an answer.
      type: 'system',
      channel: 'email',
      direction: 'inbound',
      occurredAt: now,
      userId: null,
      summary: `E-mail to ${addresses} bounced: ${failures.map((failure) => failure.status).join(', ')}`,
      body: `${subject} of ${sent.sentAt.toISOString()} was not delivered.\n${reason}`,
      invoiceIds: sent.invoiceIds,
    });
    const contact = sent.contactId ? await findContact(tx, orgId, sent.contactId) : null;
    const task = await insertTask(tx, orgId, {
      customerId: sent.customerId,
      kind: 'internal',
      title: `Find a working e-mail address for ${contact ? `${contact.name} (${addresses})` : addresses}`,
      contactId: contact?.id ?? null,
      invoiceIds: sent.invoiceIds,
      dueOn: dateInZone(now, organization.timeZone),
    });
    return ok({ outcome: 'recorded', sentMessageId: sent.id, customerId: sent.customerId, unreachable, activityId, taskId: task?.id ?? null });
  });
}

/**
 * Records a delivery status notification as the mail server returned it (the whole
 * message, RFC 3464); invalid_input when it is not one.
 */
export async function recordBounceMessage(db: Db, orgId: string, raw: string, now: Date): Promise<Result<BounceOutcome>> {
  const report = parseDeliveryStatus(raw);
  if (!report) {
    return fail('invalid_input', 'message: not a delivery status notification (a multipart/report with a message/delivery-status part)', [
      { field: 'message', message: 'not a delivery status notification' },
    ]);
  }
  return recordBounce(db, orgId, report, now);
}
