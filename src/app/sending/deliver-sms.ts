// An SMS to the action's contact: its first mobile number, through the organization's
// provider, with the checks every SMS passes (opt-out, numbers known dead, E.164).
import type { RenderedMessage } from '../../domain/messages/message-types';
import type { ContactRow } from '../../store/contacts';
import { sendSms } from '../send-sms';
import type { DeliveryOutcome } from './delivery';
import type { SendingContext } from './sending-context';

export async function deliverSms(ctx: SendingContext, customerCountry: string, contact: ContactRow, message: RenderedMessage): Promise<DeliveryOutcome> {
  const mobile = contact.phones.find((p) => p.kind === 'mobile');
  if (!mobile) return { outcome: 'refused', reason: 'noMobileNumber' };
  const provider = ctx.sms();
  if (!provider || !ctx.settings.sms) return { outcome: 'notSetUp', reason: 'no SMS provider is set up for the organization' };
  const sms = ctx.settings.sms;
  const sender = sms.provider === 'smsapi' ? sms.sender : sms.from;
  const sent = await sendSms(
    ctx.db,
    ctx.org.id,
    { to: mobile.number, text: message.text, contactId: contact.id },
    { provider, transliterate: sms.transliterate, sender, defaultCountry: customerCountry, now: ctx.now },
  );
  if (!sent.ok) return { outcome: 'refused', reason: sent.message };
  const outcome = sent.value;
  switch (outcome.status) {
    case 'sent':
      return {
        outcome: 'delivered',
        message: {
          recipient: outcome.to,
          subject: null,
          html: null,
          text: outcome.text,
          providerMessageId: `${outcome.provider}:${outcome.providerMessageId}`,
          summary: `SMS to ${outcome.to} (${outcome.segments} × ${outcome.encoding})`,
        },
      };
    case 'refused':
      return { outcome: 'refused', reason: outcome.refusal === 'opted_out' ? 'optedOut' : 'smsUnreachable' };
    case 'failed': {
      const reason = `SMS to ${outcome.to}: ${outcome.detail}`;
      return outcome.permanent ? { outcome: 'failed', reason } : { outcome: 'retry', reason };
    }
  }
}
