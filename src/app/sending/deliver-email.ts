// An e-mail to the action's contact: the first of its addresses not known to bounce,
// with a Message-ID made from the outbox action, so a message sent again after a crash
// is recognisably the same one (the mail catcher keeps it once).
import { EmailDeliveryError } from '../email-port';
import type { RenderedMessage } from '../../domain/messages/message-types';
import type { ContactRow } from '../../store/contacts';
import { findUnreachable, markUnreachable } from '../../store/unreachable-addresses';
import type { DeliveryOutcome } from './delivery';
import type { SendingContext } from './sending-context';

export async function deliverEmail(ctx: SendingContext, actionId: string, contact: ContactRow, message: RenderedMessage): Promise<DeliveryOutcome> {
  const addresses = contact.emails.map((e) => e.address);
  const unreachable = await findUnreachable(ctx.db, ctx.org.id, 'email', addresses);
  const address = addresses.find((a) => !unreachable.has(a.trim().toLowerCase()));
  if (!address) return { outcome: 'refused', reason: addresses.length === 0 ? 'noEmailAddress' : 'emailUnreachable' };

  const channel = ctx.email();
  if (!channel.ok) return { outcome: 'notSetUp', reason: channel.message };
  try {
    const sent = await channel.value.send({
      to: [{ name: contact.name, address }],
      subject: message.subject,
      text: message.text,
      html: message.html,
      attachments: message.attachments,
      uniqueId: `action-${actionId}`,
    });
    return {
      outcome: 'delivered',
      message: { recipient: address, subject: message.subject, html: message.html, text: message.text, messageId: sent.messageId, summary: `E-mail to ${address}: ${message.subject}` },
    };
  } catch (error) {
    if (!(error instanceof EmailDeliveryError)) throw error;
    if (error.reason === 'recipient_rejected' && error.permanent) {
      await markUnreachable(ctx.db, ctx.org.id, { channel: 'email', address, reason: `${error.smtpCode ?? ''} ${error.message}`.trim(), markedAt: ctx.now });
    }
    const reason = `e-mail to ${address}: ${error.message}`;
    return error.permanent ? { outcome: 'failed', reason } : { outcome: 'retry', reason };
  }
}
