// What the sender needs from the outside world, as the app sees it: an e-mail carrier,
// an SMS provider and a letter printer for an organization. The worker builds them from
// channels/ (SMTP or the mail catcher, SMSAPI.pl or Twilio, pdfmake); tests may too.
import type { PaymentReminderLetter } from '../../domain/messages/letter-types';
import type { NewCaughtMail } from '../../store/caught-mail';
import type { EmailChannel, EmailSenderIdentity } from '../email-port';
import type { Result } from '../errors';
import type { SmsSettings } from '../message-settings';
import type { SmsProvider } from '../send-sms';

export type SenderPorts = {
  /** The organization's e-mail carrier; a failure when its settings cannot send (no sender address for SMTP). */
  emailChannel(identity: EmailSenderIdentity, catchMail: (message: NewCaughtMail) => Promise<void>): Result<EmailChannel>;
  smsProvider(settings: SmsSettings): SmsProvider;
  paymentReminderPdf(letter: PaymentReminderLetter): Promise<Uint8Array>;
};
