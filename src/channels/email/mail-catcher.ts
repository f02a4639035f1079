// The local mail catcher: builds the message exactly as it would go over SMTP and
// hands it to the organization's caught-mail store instead of a server, so a newcomer
// without SMTP settings sees every e-mail Duly would have sent.
import nodemailer from 'nodemailer';
import { addressesOf, composeEmail, messageIdOf } from './compose';
import type { EmailChannel, Mailbox } from './email-channel';

/** A message the catcher took, whole. */
export type CaughtMessage = { messageId: string; sender: string; recipients: string[]; subject: string; raw: string };

/** A channel that keeps every message through `catchMail`; it accepts every addressee. */
export function mailCatcherChannel(options: {
  from: Mailbox;
  replyTo: string | null;
  catchMail: (message: CaughtMessage) => Promise<void>;
}): EmailChannel {
  // CRLF line ends, as on the wire.
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows', disableFileAccess: true, disableUrlAccess: true });
  return {
    kind: 'catcher',
    async send(email) {
      const messageId = messageIdOf(email, options.from.address);
      const info = await transport.sendMail(composeEmail(email, { from: options.from, replyTo: options.replyTo, messageId }));
      const recipients = addressesOf(email.to);
      await options.catchMail({
        messageId,
        sender: options.from.address,
        recipients,
        subject: email.subject,
        raw: (info.message as Buffer).toString('utf8'),
      });
      return { messageId, accepted: recipients, rejected: [] };
    },
    close: () => transport.close(),
  };
}
