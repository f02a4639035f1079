// E-mail over SMTP (nodemailer), to the organization's own server or Duly's default
// one. The server's reply decides whether a failure is worth retrying: 4xx says "later",
// 5xx says "never like this" (RFC 5321).
import nodemailer, { type NodemailerError } from 'nodemailer';
import { addressesOf, composeEmail, messageIdOf } from './compose';
import { EmailDeliveryError, type EmailChannel, type Mailbox } from './email-channel';

export type SmtpTimeouts = { connectionMs: number; greetingMs: number; socketMs: number };

// nodemailer waits minutes by default; a stuck server should fail the attempt and
// leave it to the sender's retry instead of holding a worker.
const defaultTimeouts: SmtpTimeouts = { connectionMs: 15_000, greetingMs: 15_000, socketMs: 60_000 };

/** A channel sending through the SMTP server at the URL (smtp:// with STARTTLS when offered, smtps:// with TLS). */
export function smtpChannel(options: { smtpUrl: string; from: Mailbox; replyTo: string | null; timeouts?: SmtpTimeouts }): EmailChannel {
  const timeouts = options.timeouts ?? defaultTimeouts;
  const transport = nodemailer.createTransport({
    url: options.smtpUrl,
    connectionTimeout: timeouts.connectionMs,
    greetingTimeout: timeouts.greetingMs,
    socketTimeout: timeouts.socketMs,
    // Messages carry their content; nothing in them may make the server read a file or fetch a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    kind: 'smtp',
    async send(email) {
      const messageId = messageIdOf(email, options.from.address);
      try {
        const info = await transport.sendMail(composeEmail(email, { from: options.from, replyTo: options.replyTo, messageId }));
        return { messageId, accepted: info.accepted.map(String), rejected: info.rejected.map(String) };
      } catch (error) {
        throw deliveryErrorOf(error as NodemailerError, addressesOf(email.to));
      }
    },
    close: () => transport.close(),
  };
}

const configurationCodes = new Set(['EAUTH', 'ENOAUTH', 'ECONFIG', 'ETLS', 'EREQUIRETLS', 'EOAUTH2']);

/** The failure as the sender reads it: whose fault, and whether to try again. */
export function deliveryErrorOf(error: NodemailerError, recipients: string[]): EmailDeliveryError {
  const smtpCode = error.responseCode ?? null;
  const message = error.response ?? error.message;
  if (error.code && configurationCodes.has(error.code)) {
    // A wrong password or TLS setting fails every message until an admin fixes it.
    return new EmailDeliveryError(message, 'configuration', false, smtpCode);
  }
  if (smtpCode === null) return new EmailDeliveryError(message, 'unavailable', false);
  const permanent = error.permanent ?? (smtpCode >= 500 && smtpCode !== 503);
  if (!permanent) return new EmailDeliveryError(message, 'unavailable', false, smtpCode, error.rejected ?? []);
  if (error.code === 'EENVELOPE') {
    return new EmailDeliveryError(message, 'recipient_rejected', true, smtpCode, error.rejected ?? recipients);
  }
  return new EmailDeliveryError(message, 'message_rejected', true, smtpCode);
}
