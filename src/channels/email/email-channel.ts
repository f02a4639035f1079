// E-mail leaves through one small interface, whatever carries it: the organization's
// own SMTP server, the server Duly runs with (DULY_SMTP_URL), or, when neither is set,
// the local mail catcher that keeps every message for the web app to show.
import type { Failure, Result } from '../../app/errors';
import { fail, ok } from '../../app/errors';
import type { EmailChannel, EmailSenderIdentity } from '../../app/email-port';
import { mailCatcherChannel, type CaughtMessage } from './mail-catcher';
import { smtpChannel, type SmtpTimeouts } from './smtp-channel';

export { EmailDeliveryError, senderIdentityOf } from '../../app/email-port';
export type { EmailChannel, EmailFailureReason, EmailSenderIdentity, EmailSent, Mailbox, OutgoingEmail } from '../../app/email-port';

export type EmailChannelOptions = {
  /** DULY_SMTP_URL, read once at start. */
  defaultSmtpUrl: string | null;
  /** Keeps a message the catcher took (the organization's caught-mail store). */
  catchMail: (message: CaughtMessage) => Promise<void>;
  smtpTimeouts?: SmtpTimeouts;
};


/** The address the catcher shows as sender when the organization has none: it can never be delivered. */
export const catcherSenderAddress = (slug: string) => `no-reply@${slug}.duly.invalid`;

/**
 * The channel the organization's e-mail leaves through. invalid_input when a real
 * server would be used but no sender address is set: mail from a made-up address
 * would be rejected or land in spam.
 */
export function emailChannelFor(identity: EmailSenderIdentity, options: EmailChannelOptions): Result<EmailChannel> {
  const smtpUrl = identity.smtpUrl ?? options.defaultSmtpUrl;
  const name = identity.senderName ?? identity.organizationName;
  const replyTo = identity.replyTo;
  if (smtpUrl === null) {
    const from = { name, address: identity.senderEmail ?? catcherSenderAddress(identity.organizationSlug) };
    return ok(mailCatcherChannel({ from, replyTo, catchMail: options.catchMail }));
  }
  if (identity.senderEmail === null) return noSenderAddress();
  return ok(smtpChannel({ smtpUrl, from: { name, address: identity.senderEmail }, replyTo, timeouts: options.smtpTimeouts }));
}

const noSenderAddress = (): Failure =>
  fail('invalid_input', 'senderEmail: set the sender e-mail address before e-mail goes over SMTP', [
    { field: 'senderEmail', message: 'required to send over SMTP' },
  ]);
