// Twilio: POST /2010-04-01/Accounts/{AccountSid}/Messages.json with HTTP Basic auth
// (Account SID and Auth Token) and a form of To, Body and From or MessagingServiceSid.
// It answers 201 with the Message resource (sid, num_segments) or an error document
// {code, message, more_info, status}.
import { SmsDeliveryError, type SmsProvider } from '../../app/send-sms';
import { smsEncoding } from '../../domain/messages/sms-encoding';
import { failureOfStatus, postForm, type ProviderRequestOptions } from './provider-request';

export const twilioBaseUrl = 'https://api.twilio.com';

export type TwilioOptions = ProviderRequestOptions & {
  accountSid: string;
  authToken: string;
  /** A Twilio number or registered sender name; without it, messagingServiceSid picks one. */
  from?: string | null;
  messagingServiceSid?: string | null;
  baseUrl?: string;
};

// Twilio error codes (twilio.com/docs/api/errors) the sender has to tell apart.
const invalidNumber = new Set([21211, 21214, 21217, 21401, 21407, 21612, 21614]);
const unsubscribed = new Set([21610]);
const accountProblems = new Set([20003, 20005, 20404, 21212, 21408, 21606, 21608, 21659, 21660]);
const temporaryProblems = new Set([20429, 20500, 20503, 30001]);

function failureOfCode(code: number, message: string, status: number): SmsDeliveryError {
  const providerCode = String(code);
  if (invalidNumber.has(code)) return new SmsDeliveryError(message, 'invalid_recipient', true, providerCode);
  if (unsubscribed.has(code)) return new SmsDeliveryError(message, 'recipient_opted_out', true, providerCode);
  if (accountProblems.has(code) || status === 401 || status === 403) return new SmsDeliveryError(message, 'configuration', false, providerCode);
  if (temporaryProblems.has(code) || status === 429 || status >= 500) return new SmsDeliveryError(message, 'unavailable', false, providerCode);
  return new SmsDeliveryError(message, 'rejected', true, providerCode);
}

/** An SmsProvider sending through Twilio's Messages resource. */
export function twilioProvider(options: TwilioOptions): SmsProvider {
  const base = (options.baseUrl ?? twilioBaseUrl).replace(/\/+$/, '');
  const url = `${base}/2010-04-01/Accounts/${encodeURIComponent(options.accountSid)}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${options.accountSid}:${options.authToken}`).toString('base64')}`;
  return {
    name: 'twilio',
    async send(to, text, sender) {
      const form = new URLSearchParams({ To: to, Body: text });
      const from = sender ?? options.from;
      if (from) form.set('From', from);
      else if (options.messagingServiceSid) form.set('MessagingServiceSid', options.messagingServiceSid);
      else throw new SmsDeliveryError('no number to send from: set From or a Messaging Service', 'configuration', false);
      const answer = await postForm(url, form, authorization, options);
      const body = answer.body;
      if (answer.status < 200 || answer.status >= 300) {
        if (body && typeof body.code === 'number') {
          throw failureOfCode(body.code, typeof body.message === 'string' ? body.message : `Twilio error ${body.code}`, answer.status);
        }
        throw failureOfStatus(answer.status, 'Twilio');
      }
      if (!body || typeof body.sid !== 'string') throw new SmsDeliveryError('Twilio answered without a message sid', 'unavailable', false);
      // A Messaging Service counts the segments only once it picked a sender: 0 until then.
      const segments = Number(body.num_segments);
      return { providerMessageId: body.sid, segments: segments > 0 ? segments : smsEncoding(text).segments };
    },
  };
}
