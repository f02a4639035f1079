// SMSAPI.pl: POST /sms.do with a Bearer (OAuth) token and a form of to, message, from,
// encoding=utf-8 and format=json. It answers with the queued message per number
// (id, parts) or with {"error": code, "message": …}.
import { SmsDeliveryError, type SmsProvider } from '../../app/send-sms';
import { smsEncoding } from '../../domain/messages/sms-encoding';
import { failureOfStatus, postForm, type ProviderRequestOptions } from './provider-request';

export const smsapiBaseUrl = 'https://api.smsapi.pl';

export type SmsapiOptions = ProviderRequestOptions & {
  token: string;
  /** A sender name registered at SMSAPI; none: the account's default. */
  sender?: string | null;
  /** Another endpoint, e.g. the international one or a test server. */
  baseUrl?: string;
};

// SMSAPI's codes: 1–99 are about the message, 100–199 about the account, 200 and up
// about SMSAPI itself. The few that need telling apart are named here.
const invalidNumber = new Set([13]);
const accountProblems = new Set([14, 101, 102, 103, 104, 105, 110, 112]);
const temporaryProblems = new Set([8, 201, 202, 203, 999]);

function failureOfCode(code: number, message: string): SmsDeliveryError {
  const providerCode = String(code);
  if (invalidNumber.has(code)) return new SmsDeliveryError(message, 'invalid_recipient', true, providerCode);
  if (temporaryProblems.has(code) || code >= 200) return new SmsDeliveryError(message, 'unavailable', false, providerCode);
  if (accountProblems.has(code) || code >= 100) return new SmsDeliveryError(message, 'configuration', false, providerCode);
  return new SmsDeliveryError(message, 'rejected', true, providerCode);
}

/** An SmsProvider sending through SMSAPI.pl. */
export function smsapiProvider(options: SmsapiOptions): SmsProvider {
  const url = `${(options.baseUrl ?? smsapiBaseUrl).replace(/\/+$/, '')}/sms.do`;
  return {
    name: 'smsapi',
    async send(to, text, sender) {
      // SMSAPI takes the number with its country code but without "+".
      const form = new URLSearchParams({ to: to.replace(/^\+/, ''), message: text, encoding: 'utf-8', format: 'json' });
      const from = sender ?? options.sender;
      if (from) form.set('from', from);
      const answer = await postForm(url, form, `Bearer ${options.token}`, options);
      const body = answer.body;
      if (body && body.error !== undefined && body.error !== null) {
        throw failureOfCode(Number(body.error), typeof body.message === 'string' ? body.message : `SMSAPI error ${body.error}`);
      }
      if (answer.status < 200 || answer.status >= 300 || !body) throw failureOfStatus(answer.status, 'SMSAPI');
      const first = Array.isArray(body.list) ? (body.list[0] as Record<string, unknown> | undefined) : undefined;
      if (!first || first.id === undefined) throw new SmsDeliveryError('SMSAPI answered without a message id', 'unavailable', false);
      const parts = Number(first.parts ?? body.parts);
      return { providerMessageId: String(first.id), segments: parts > 0 ? parts : smsEncoding(text).segments };
    },
  };
}
