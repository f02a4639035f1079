// The sender's carriers, built from channels/: e-mail through the organization's SMTP
// server, DULY_SMTP_URL or the mail catcher; SMS through SMSAPI.pl or Twilio; letters
// printed with pdfmake.
import type { SenderPorts } from '../app/sending/sender-ports';
import { emailChannelFor } from '../channels/email/email-channel';
import type { SmtpTimeouts } from '../channels/email/smtp-channel';
import { renderPaymentReminder } from '../channels/letters/payment-reminder';
import { smsProviderFor, type SmsProviderOptions } from '../channels/sms/sms-provider';

export type SenderPortOptions = {
  /** DULY_SMTP_URL: the server for organizations without their own; null: the local mail catcher. */
  defaultSmtpUrl: string | null;
  smtpTimeouts?: SmtpTimeouts;
  /** Where the SMS providers are reached (tests point them at a local server). */
  sms?: SmsProviderOptions;
};

export function senderPorts(options: SenderPortOptions): SenderPorts {
  return {
    emailChannel: (identity, catchMail) => emailChannelFor(identity, { defaultSmtpUrl: options.defaultSmtpUrl, smtpTimeouts: options.smtpTimeouts, catchMail }),
    smsProvider: (settings) => smsProviderFor(settings, options.sms),
    paymentReminderPdf: renderPaymentReminder,
  };
}
