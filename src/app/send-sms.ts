// Sends one SMS through whichever provider the organization uses, after the checks
// that hold for every provider: never to a contact who opted out of SMS, never to a
// number known to be dead, always in E.164, and with the organization's choice of
// plain letters (ą→a) applied so the text fits more in one message.
import { toE164 } from '../domain/messages/phone-numbers';
import { smsEncoding, transliterateForGsm, type SmsEncodingName } from '../domain/messages/sms-encoding';
import { findContact } from '../store/contacts';
import type { Db } from '../store/database';
import { findUnreachable, markUnreachable } from '../store/unreachable-addresses';
import { fail, ok, type Result } from './errors';

/** What a provider says about a message it took. */
export type SmsAccepted = { providerMessageId: string; segments: number };

/** An SMS gateway (SMSAPI.pl, Twilio …) behind one small interface; adapters live in channels/sms. */
export type SmsProvider = {
  /** The provider's name, for the record. */
  name: string;
  /** Hands the text to the provider; throws SmsDeliveryError when it refuses or cannot be reached. */
  send(to: string, text: string, sender?: string): Promise<SmsAccepted>;
};

/**
 * Why a provider did not take a message. `invalid_recipient` and `recipient_opted_out`
 * are about the number; `rejected` is about the message; `configuration` about the
 * account (token, sender name, balance); `unavailable` about the provider right now.
 */
export type SmsFailureReason = 'invalid_recipient' | 'recipient_opted_out' | 'rejected' | 'configuration' | 'unavailable';

/** A provider's refusal or outage; `permanent` says whether sending the same message again can help. */
export class SmsDeliveryError extends Error {
  constructor(
    message: string,
    readonly reason: SmsFailureReason,
    readonly permanent: boolean,
    /** The provider's own error code, e.g. SMSAPI 13 or Twilio 21211. */
    readonly providerCode: string | null = null,
  ) {
    super(message);
    this.name = 'SmsDeliveryError';
  }
}

export type SendSmsInput = {
  /** The number as the contact has it; normalised to E.164 here. */
  to: string;
  text: string;
  /** The contact the number belongs to, whose opt-outs are respected. */
  contactId?: string | null;
};

export type SendSmsOptions = {
  provider: SmsProvider;
  /** Replace letters outside the GSM alphabet (the organization's setting). */
  transliterate: boolean;
  sender?: string | null;
  /** Country of numbers written without a country code (the organization's country). */
  defaultCountry: string;
  now: Date;
};

/** Why an SMS was not even offered to the provider. */
export type SmsRefusal = 'opted_out' | 'unreachable';

export type SendSmsOutcome =
  | {
      status: 'sent';
      to: string;
      /** The text exactly as it went, after transliteration. */
      text: string;
      encoding: SmsEncodingName;
      segments: number;
      provider: string;
      providerMessageId: string;
    }
  | { status: 'refused'; to: string; refusal: SmsRefusal; detail: string }
  | { status: 'failed'; to: string; reason: SmsFailureReason; permanent: boolean; detail: string; providerCode: string | null };

/**
 * Checks and sends one SMS. invalid_input for a number that is not one or an empty
 * text, not_found for a contact of another organization; a refusal or a provider
 * failure is an outcome, not an error, so the sender can record it.
 */
export async function sendSms(db: Db, orgId: string, input: SendSmsInput, options: SendSmsOptions): Promise<Result<SendSmsOutcome>> {
  const to = toE164(input.to, options.defaultCountry);
  if (to === null) return fail('invalid_input', `to: "${input.to}" is not a phone number`, [{ field: 'to', message: 'not a phone number' }]);
  const text = options.transliterate ? transliterateForGsm(input.text) : input.text;
  if (text.trim() === '') return fail('invalid_input', 'text: the message is empty', [{ field: 'text', message: 'empty' }]);

  if (input.contactId) {
    const contact = await findContact(db, orgId, input.contactId);
    if (!contact) return fail('not_found', 'no such contact');
    if (contact.optedOutChannels.includes('sms')) {
      return ok({ status: 'refused', to, refusal: 'opted_out', detail: `${contact.name} asked not to get SMS` });
    }
  }
  const unreachable = (await findUnreachable(db, orgId, 'sms', [to])).get(to);
  if (unreachable !== undefined) return ok({ status: 'refused', to, refusal: 'unreachable', detail: unreachable });

  try {
    const accepted = await options.provider.send(to, text, options.sender ?? undefined);
    return ok({
      status: 'sent',
      to,
      text,
      encoding: smsEncoding(text).encoding,
      segments: accepted.segments,
      provider: options.provider.name,
      providerMessageId: accepted.providerMessageId,
    });
  } catch (error) {
    if (!(error instanceof SmsDeliveryError)) throw error;
    // A number the provider calls invalid or unsubscribed stays so: no step tries it again.
    if (error.reason === 'invalid_recipient' || error.reason === 'recipient_opted_out') {
      await markUnreachable(db, orgId, {
        channel: 'sms',
        address: to,
        reason: `${options.provider.name}${error.providerCode ? ` ${error.providerCode}` : ''}: ${error.message}`,
        markedAt: options.now,
      });
    }
    return ok({ status: 'failed', to, reason: error.reason, permanent: error.permanent, detail: error.message, providerCode: error.providerCode });
  }
}
